package city.keyprojects.approval;

import city.keyprojects.platform.testing.ServiceAuthorizationMatrix;

/** Every endpoint of the approval service × every role and anonymous, as {@link ApprovalAccessRules} says. */
class AuthorizationMatrixTest extends ServiceAuthorizationMatrix {
}
