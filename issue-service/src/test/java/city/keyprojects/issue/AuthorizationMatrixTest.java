package city.keyprojects.issue;

import city.keyprojects.platform.testing.ServiceAuthorizationMatrix;

/** Every endpoint of the issue service × every role and anonymous, as {@link IssueAccessRules} says. */
class AuthorizationMatrixTest extends ServiceAuthorizationMatrix {
}
