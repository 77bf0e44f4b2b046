package dev.attest.notification.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/** An absolute https URL, or http to a loopback address where {@code attest.webhooks.allow-http} is on. */
@Documented
@Constraint(validatedBy = WebhookUrlValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface WebhookUrl {

    String message() default "an absolute https:// URL without user name or password, such as https://hooks.example.com/attest";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
