package city.keyprojects.reporting;

import city.keyprojects.platform.testing.ServiceAuthorizationMatrix;

/** Every endpoint of the reporting service × every role and anonymous, as {@link ReportingAccessRules} says. */
class AuthorizationMatrixTest extends ServiceAuthorizationMatrix {
}
