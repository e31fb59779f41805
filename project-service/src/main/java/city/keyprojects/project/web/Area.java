package city.keyprojects.project.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * An area (land in 亩 or floor space in m²): not negative, at most two decimals, and below 100 million — more
 * than any single project's floor space, and a land area that large (66,667 km²) is a typo.
 */
@DecimalMin(value = "0.00", message = "must not be negative")
@DecimalMax(value = "100000000.00", message = "must be below 100 million")
@Digits(integer = 9, fraction = 2, message = "must have at most two decimals")
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface Area {

    String message() default "must be an area";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
