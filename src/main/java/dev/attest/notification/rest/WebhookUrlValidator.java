package dev.attest.notification.rest;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import dev.attest.notification.ReceiverAddresses;
import dev.attest.notification.config.WebhookConfig;

/**
 * Checks {@link WebhookUrl}. A blank value is left to {@code @NotBlank}. Credentials in the URL are refused: listings
 * show the URL, and the signature is how a receiver knows the sender. A host written as an address that is not public
 * is refused here, with its own reason ({@link ReceiverAddresses}); a host name is judged at each delivery, by what it
 * resolves to then. The configuration is looked up when a URL is checked: validators are built while the application
 * starts, before run-time configuration can be injected.
 */
public class WebhookUrlValidator implements ConstraintValidator<WebhookUrl, String> {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "[::1]");

    @Inject
    Instance<WebhookConfig> config;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        URI uri;
        try {
            uri = new URI(value.trim());
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http") && config.get().allowHttp() && loopback(uri.getHost()))) {
            return false;
        }
        if (config.get().allowPrivateAddresses() || !ReceiverAddresses.isLiteral(uri.getHost())) {
            return true;
        }
        try {
            if (ReceiverAddresses.reachesOnlyPublic(uri.getHost())) {
                return true;
            }
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(ReceiverAddresses.NOT_PUBLIC).addConstraintViolation();
        return false;
    }

    static boolean loopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return LOOPBACK_NAMES.contains(name) || name.matches("127(\\.\\d{1,3}){3}");
    }
}
