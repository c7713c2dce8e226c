/// The API's description, served at `/api/openapi.yaml` (OpenAPI 3.1).
///
/// Written by hand beside the routes it describes (`SessionAPI`,
/// `AgencyAPI`, `ValueAPI`, `ImportAPI`, `DownloadAPI`, `AccountAPI`);
/// `OpenAPIDocumentTests` checks that every path here is routed, and
/// `.ci/run` validates it with openapi-spec-validator.
enum OpenAPIDocument {
  static let yaml = """
    openapi: 3.1.0
    info:
      title: ikuplan workspace API
      version: 0.1.0
      description: |
        The JSON API of `ikuplan serve`, which its pages use and other systems
        may call. Sign in with POST /api/session; the answer sets an HttpOnly,
        SameSite=Strict session cookie and gives a CSRF token, which every
        POST, PUT, PATCH and DELETE of the session sends in X-CSRF-Token.
        Messages are in Bahasa Indonesia; add ?lang=en for English. Values
        are in the indicator's unit (55.04 for 55,04%).
    servers:
      - url: /
    components:
      securitySchemes:
        session:
          type: apiKey
          in: cookie
          name: ikuplan_sesi
        csrf:
          type: apiKey
          in: header
          name: X-CSRF-Token
      parameters:
        agency:
          name: agency
          in: path
          required: true
          description: The agency's (OPD's) code.
          schema: {type: string, pattern: '^[A-Za-z0-9._-]{1,64}$'}
        indicator:
          name: indicator
          in: path
          required: true
          description: The indicator's code, e.g. IKU-2.
          schema: {type: string}
        year:
          name: year
          in: path
          required: true
          schema: {type: integer, minimum: 1900, maximum: 2200}
        lang:
          name: lang
          in: query
          required: false
          description: The language of messages and words.
          schema: {type: string, enum: [id, en], default: id}
      schemas:
        Error:
          type: object
          required: [error]
          properties:
            error:
              type: object
              required: [code, message]
              properties:
                code:
                  type: string
                  description: >-
                    unauthenticated, wrong-password, throttled, forbidden, csrf,
                    not-found, stale, exists, own-account, invalid, invalid-data,
                    bad-request, database or internal.
                message: {type: string}
        Account:
          type: object
          required: [username, role, agencies]
          properties:
            username: {type: string}
            role: {type: string, enum: [admin, bappeda, planner, inspector]}
            agencies: {type: array, items: {type: string}}
        SignedIn:
          type: object
          required: [csrfToken, account]
          properties:
            csrfToken: {type: string}
            account: {$ref: '#/components/schemas/Account'}
        Target:
          type: object
          required: [indicator, year, target, targetUpper, version]
          properties:
            indicator: {type: string}
            year: {type: integer}
            target: {type: [number, 'null'], description: The target or a range's lower end.}
            targetUpper: {type: [number, 'null'], description: A range target's upper end.}
            version: {type: integer, description: The row's version; 0 when the year has no row.}
        TargetChange:
          type: object
          required: [value]
          properties:
            value: {type: number, description: The target, or a range's lower end.}
            upper: {type: number, description: A range target's upper end.}
            reason: {type: string, description: Why, for the audit log.}
        Value:
          type: object
          required: [indicator, year, quarter, actual, source, version]
          properties:
            indicator: {type: string}
            year: {type: integer}
            quarter: {type: [integer, 'null'], description: 1 to 4, or null for the year.}
            actual: {type: [number, 'null']}
            source: {type: string}
            version: {type: integer}
        ValueEntry:
          type: object
          required: [value, source]
          properties:
            value: {type: number, description: The realisation, within the indicator's bounds.}
            source: {type: string, description: 'Where it comes from: document and page.'}
            reason: {type: string}
        ImportPreview:
          type: object
          required: [import, summary, report, added, changed, newIndicators]
          properties:
            import: {type: string, description: The id that confirms the upload.}
            summary: {type: string, description: The sheet as read, in words.}
            report: {type: string, description: What it adds or changes, in words.}
            added: {type: integer}
            changed: {type: integer}
            newIndicators: {type: array, items: {type: string}}
        NewAccount:
          type: object
          required: [username, password, role]
          properties:
            username: {type: string, pattern: '^[A-Za-z0-9._-]{1,64}$'}
            password: {type: string, minLength: 10}
            role: {type: string, enum: [admin, bappeda, planner, inspector]}
            agencies: {type: array, items: {type: string}}
        AuditEntry:
          type: object
          properties:
            id: {type: integer}
            at: {type: string, format: date-time}
            actor: {type: string}
            action: {type: string, description: 'agency-added, account-added, target-changed, …'}
            indicator: {type: [string, 'null']}
            year: {type: [integer, 'null']}
            quarter: {type: [integer, 'null']}
            field: {type: [string, 'null']}
            old: {type: [string, 'null']}
            new: {type: [string, 'null']}
            reason: {type: [string, 'null']}
        Review:
          type: object
          description: >-
            Exactly the JSON of `ikuplan review --format json` for the agency's
            dataset (README, "JSON").
          required: [dataset, year, illustrativeYears, assessment, indicators]
          properties:
            dataset: {type: string}
            year: {type: integer}
            illustrativeYears: {type: array, items: {type: integer}}
            assessment: {type: [object, 'null']}
            indicators: {type: array, items: {$ref: '#/components/schemas/IndicatorReview'}}
        IndicatorReview:
          type: object
          description: One indicator of the review (README, "JSON").
          required: [code, name, unit, polarity, forecast, flags]
          properties:
            code: {type: string}
            name: {type: string}
            unit: {type: string}
            polarity: {type: string}
            forecast: {type: [object, 'null']}
            probabilityOfAttaining: {type: [number, 'null']}
            flags: {type: array, items: {type: object}}
      responses:
        Unauthenticated:
          description: No session, or an expired one.
          content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
        Forbidden:
          description: The account may not reach this, or the CSRF token is missing or wrong.
          content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
        NotFound:
          description: No such agency or indicator.
          content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
        Invalid:
          description: A year or value the workspace cannot take.
          content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
    security:
      - session: []
    paths:
      /api/session:
        post:
          summary: Sign in.
          security: []
          parameters: [{$ref: '#/components/parameters/lang'}]
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [username, password]
                  properties:
                    username: {type: string}
                    password: {type: string}
          responses:
            '200':
              description: Signed in; the response sets the session cookie.
              content: {application/json: {schema: {$ref: '#/components/schemas/SignedIn'}}}
            '400':
              description: The body is not the JSON above.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '401':
              description: Wrong username or password.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '429':
              description: Too many failed sign-ins for this username; see Retry-After.
              headers:
                Retry-After: {schema: {type: integer}}
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
        get:
          summary: The signed-in account and its CSRF token.
          parameters: [{$ref: '#/components/parameters/lang'}]
          responses:
            '200':
              description: The session.
              content: {application/json: {schema: {$ref: '#/components/schemas/SignedIn'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
        delete:
          summary: Sign out.
          security: [{session: [], csrf: []}]
          parameters: [{$ref: '#/components/parameters/lang'}]
          responses:
            '204': {description: Signed out; the cookie is cleared.}
            '403': {$ref: '#/components/responses/Forbidden'}
      /api/agencies:
        get:
          summary: The agencies the account may read.
          parameters: [{$ref: '#/components/parameters/lang'}]
          responses:
            '200':
              description: The agencies.
              content:
                application/json:
                  schema:
                    type: array
                    items:
                      type: object
                      required: [code, name, indicators]
                      properties:
                        code: {type: string}
                        name: {type: string}
                        indicators: {type: integer}
            '401': {$ref: '#/components/responses/Unauthenticated'}
      /api/agencies/{agency}/review:
        get:
          summary: The agency's review, as `ikuplan review --format json`.
          parameters:
            - {$ref: '#/components/parameters/agency'}
            - {$ref: '#/components/parameters/lang'}
            - name: year
              in: query
              required: false
              description: As --year; default the year after the last realisation.
              schema: {type: integer, minimum: 1900, maximum: 2200}
          responses:
            '200':
              description: The review.
              content: {application/json: {schema: {$ref: '#/components/schemas/Review'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '422': {$ref: '#/components/responses/Invalid'}
      /api/agencies/{agency}/targets/{indicator}/{year}:
        parameters:
          - {$ref: '#/components/parameters/agency'}
          - {$ref: '#/components/parameters/indicator'}
          - {$ref: '#/components/parameters/year'}
          - {$ref: '#/components/parameters/lang'}
        get:
          summary: An indicator's target for a year, with its version.
          responses:
            '200':
              description: The target; ETag holds the version.
              headers:
                ETag: {schema: {type: string}}
              content: {application/json: {schema: {$ref: '#/components/schemas/Target'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '422': {$ref: '#/components/responses/Invalid'}
        put:
          summary: Change a target (planners of the agency only).
          security: [{session: [], csrf: []}]
          parameters:
            - name: If-Match
              in: header
              required: false
              description: The version read ("3"); a different current version gives 409.
              schema: {type: string}
          requestBody:
            required: true
            content: {application/json: {schema: {$ref: '#/components/schemas/TargetChange'}}}
          responses:
            '200':
              description: >-
                The indicator's review for that year with the new target; ETag
                holds the new version.
              headers:
                ETag: {schema: {type: string}}
              content: {application/json: {schema: {$ref: '#/components/schemas/IndicatorReview'}}}
            '400':
              description: The body or If-Match cannot be read.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '409':
              description: The target changed since the version in If-Match; ETag holds the current one.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '422': {$ref: '#/components/responses/Invalid'}
      /api/agencies/{agency}/values/{indicator}/{year}:
        parameters:
          - {$ref: '#/components/parameters/agency'}
          - {$ref: '#/components/parameters/indicator'}
          - {$ref: '#/components/parameters/year'}
          - {$ref: '#/components/parameters/lang'}
        get:
          summary: An indicator's realisation for a year, with its source and version.
          responses:
            '200':
              description: The value; ETag holds the version.
              content: {application/json: {schema: {$ref: '#/components/schemas/Value'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
        put:
          summary: Enter a year's realisation with its source (planners of the agency only).
          security: [{session: [], csrf: []}]
          requestBody:
            required: true
            content: {application/json: {schema: {$ref: '#/components/schemas/ValueEntry'}}}
          responses:
            '200':
              description: The stored value; ETag holds the new version.
              content: {application/json: {schema: {$ref: '#/components/schemas/Value'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '409':
              description: The value changed since the version in If-Match.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '422': {$ref: '#/components/responses/Invalid'}
      /api/agencies/{agency}/values/{indicator}/{year}/{quarter}:
        parameters:
          - {$ref: '#/components/parameters/agency'}
          - {$ref: '#/components/parameters/indicator'}
          - {$ref: '#/components/parameters/year'}
          - name: quarter
            in: path
            required: true
            schema: {type: integer, minimum: 1, maximum: 4}
          - {$ref: '#/components/parameters/lang'}
        get:
          summary: An indicator's year-to-date realisation at the end of a quarter.
          responses:
            '200':
              description: The value; ETag holds the version.
              content: {application/json: {schema: {$ref: '#/components/schemas/Value'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
        put:
          summary: Enter a quarter's year-to-date realisation with its source.
          security: [{session: [], csrf: []}]
          requestBody:
            required: true
            content: {application/json: {schema: {$ref: '#/components/schemas/ValueEntry'}}}
          responses:
            '200':
              description: The stored value; ETag holds the new version.
              content: {application/json: {schema: {$ref: '#/components/schemas/Value'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '409':
              description: The value changed since the version in If-Match.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '422': {$ref: '#/components/responses/Invalid'}
      /api/agencies/{agency}/imports:
        post:
          summary: Upload an IKU sheet; it is checked and shown, nothing is saved.
          security: [{session: [], csrf: []}]
          parameters:
            - {$ref: '#/components/parameters/agency'}
            - {$ref: '#/components/parameters/lang'}
            - name: name
              in: query
              required: false
              description: >-
                The file's name; its extension (.xlsx, .csv, .tsv, .txt) says how to
                read it. Without it the upload is read as lembar.xlsx.
              schema: {type: string}
            - name: replace
              in: query
              required: false
              description: Let the sheet's values replace differing ones (--ganti).
              schema: {type: boolean}
          requestBody:
            required: true
            content: {application/octet-stream: {schema: {type: string, format: binary}}}
          responses:
            '200':
              description: What the sheet would add or change.
              content: {application/json: {schema: {$ref: '#/components/schemas/ImportPreview'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '422':
              description: The sheet cannot be read, or a value conflicts with the agency's.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
      /api/agencies/{agency}/imports/{id}:
        post:
          summary: Save a checked upload, in one transaction.
          security: [{session: [], csrf: []}]
          parameters:
            - {$ref: '#/components/parameters/agency'}
            - {$ref: '#/components/parameters/lang'}
            - name: id
              in: path
              required: true
              schema: {type: string}
          responses:
            '200':
              description: Saved.
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      added: {type: integer}
                      changed: {type: integer}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '422':
              description: A conflict appeared since the upload was checked.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
      /api/agencies/{agency}/download/{file}:
        get:
          summary: The agency as a dataset folder, its report or the report's workbook.
          parameters:
            - {$ref: '#/components/parameters/agency'}
            - {$ref: '#/components/parameters/lang'}
            - name: file
              in: path
              required: true
              schema: {type: string, enum: [dataset.zip, laporan.html, laporan.xlsx]}
          responses:
            '200':
              description: The file, as an attachment.
              content:
                application/zip: {schema: {type: string, format: binary}}
                text/html: {schema: {type: string}}
                application/vnd.openxmlformats-officedocument.spreadsheetml.sheet:
                  schema: {type: string, format: binary}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
      /api/accounts:
        get:
          summary: Every account (admins only).
          parameters: [{$ref: '#/components/parameters/lang'}]
          responses:
            '200':
              description: The accounts.
              content:
                application/json:
                  schema: {type: array, items: {$ref: '#/components/schemas/Account'}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
        post:
          summary: Add an account (admins only).
          security: [{session: [], csrf: []}]
          parameters: [{$ref: '#/components/parameters/lang'}]
          requestBody:
            required: true
            content: {application/json: {schema: {$ref: '#/components/schemas/NewAccount'}}}
          responses:
            '201':
              description: The account.
              content: {application/json: {schema: {$ref: '#/components/schemas/Account'}}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '409':
              description: An account with this name exists.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
            '422': {$ref: '#/components/responses/Invalid'}
      /api/accounts/{username}:
        delete:
          summary: Remove an account (admins only, not their own); its sessions end.
          security: [{session: [], csrf: []}]
          parameters:
            - {name: username, in: path, required: true, schema: {type: string}}
            - {$ref: '#/components/parameters/lang'}
          responses:
            '204': {description: Removed.}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '409':
              description: An admin's own account.
              content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}
      /api/accounts/{username}/password:
        put:
          summary: Set a password (an admin any account's, anyone their own); the account's sessions end.
          security: [{session: [], csrf: []}]
          parameters:
            - {name: username, in: path, required: true, schema: {type: string}}
            - {$ref: '#/components/parameters/lang'}
          requestBody:
            required: true
            content:
              application/json:
                schema:
                  type: object
                  required: [password]
                  properties:
                    password: {type: string, minLength: 10}
          responses:
            '204': {description: Changed.}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
            '422': {$ref: '#/components/responses/Invalid'}
      /api/agencies/{agency}/audit:
        get:
          summary: The agency's audit log, newest first, 1000 entries a page.
          parameters:
            - {$ref: '#/components/parameters/agency'}
            - {$ref: '#/components/parameters/lang'}
            - name: before
              in: query
              required: false
              description: The entries older than this entry id (the next page).
              schema: {type: integer}
          responses:
            '200':
              description: The entries.
              content:
                application/json:
                  schema: {type: array, items: {$ref: '#/components/schemas/AuditEntry'}}
            '401': {$ref: '#/components/responses/Unauthenticated'}
            '403': {$ref: '#/components/responses/Forbidden'}
            '404': {$ref: '#/components/responses/NotFound'}
      /api/openapi.yaml:
        get:
          summary: This document.
          security: []
          responses:
            '200':
              description: The OpenAPI document.
              content: {application/yaml: {schema: {type: string}}}
    """
}
