/// The API's description, served at `/api/openapi.yaml` (OpenAPI 3.1).
///
/// Written by hand beside the routes it describes (`SessionAPI`,
/// `AgencyAPI`); `OpenAPIDocumentTests` checks that every route the
/// router has is here and every path here is routed.
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
                    not-found, stale, exists, invalid, bad-request or database.
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
      /api/agencies/{agency}/audit:
        get:
          summary: The agency's audit log, newest first.
          parameters:
            - {$ref: '#/components/parameters/agency'}
            - {$ref: '#/components/parameters/lang'}
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
