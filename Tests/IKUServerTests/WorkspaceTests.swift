import HummingbirdTesting
import Testing

@testable import IKUServer
