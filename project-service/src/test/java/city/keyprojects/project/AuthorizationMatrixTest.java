package city.keyprojects.project;

import city.keyprojects.platform.testing.ServiceAuthorizationMatrix;

/** Every endpoint of the project service × every role and anonymous, as {@link ProjectAccessRules} says. */
class AuthorizationMatrixTest extends ServiceAuthorizationMatrix {
}
