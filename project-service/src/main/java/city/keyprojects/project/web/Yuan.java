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

/** An amount of money in yuan: not negative, at most 10 trillion, at most two decimals (fen). */
@DecimalMin(value = "0.00", message = "must not be negative")
@DecimalMax(value = "10000000000000.00", message = "must be at most 10 trillion yuan")
@Digits(integer = 14, fraction = 2, message = "must be yuan with at most two decimals")
@Constraint(validatedBy = {})
@Target({ FIELD, METHOD, PARAMETER, TYPE_USE })
@Retention(RUNTIME)
public @interface Yuan {

    String message() default "must be an amount in yuan";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
