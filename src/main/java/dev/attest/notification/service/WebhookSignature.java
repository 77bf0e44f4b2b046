package dev.attest.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook secrets and signatures. A secret is {@code whsec_} and 32 random bytes (256 bits), URL-safe base64. A
 * delivery is signed with HMAC-SHA256, keyed with the secret exactly as shown (its UTF-8 bytes, prefix included), over
 * {@code <X-Attest-Timestamp> + "." + <body bytes>}; the header is {@code sha256=<lower-case hex>}.
 */
public final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";
    /** The signature header's value starts with this. */
    public static final String SCHEME = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The {@code X-Attest-Signature} value for a body sent at {@code timestamp} (Unix seconds). */
    public static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
