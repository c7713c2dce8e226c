// libxlsxwriter (Debian's libxlsxwriter-dev): writes .xlsx workbooks.
// https://libxlsxwriter.github.io
#include <xlsxwriter.h>
