package dev.attest.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An ISO 3166-1 alpha-2 country code in upper case ({@code DE}, {@code US}); null passes, as with {@code @Size}. */
@Documented
@Constraint(validatedBy = IsoCountryValidator.class)
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoCountry {

    String message() default "an ISO 3166-1 alpha-2 country code in upper case, such as DE or US";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
