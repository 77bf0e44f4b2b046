package dev.attest.workspace.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an API key: {@code atk_<public id>_<secret>}. The public id (16 hex digits) finds the key and may be
 * logged; the secret is 32 random bytes (256 bits), URL-safe base64. Keys are high-entropy, so a plain SHA-256 is
 * enough to store them: there is nothing to guess that a slow hash would protect.
 */
public final class ApiKeySecrets {

    static final String PREFIX = "atk_";
    private static final Pattern SHAPE = Pattern.compile("atk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeySecrets() {
    }

    /** A new key: its public id and the whole key to hand out once. */
    public static Generated generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String publicId = HexFormat.of().formatHex(id);
        return new Generated(publicId, PREFIX + publicId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The public id of a key of our shape; empty for anything else, which is then not looked up. */
    public static Optional<String> publicId(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher matcher = SHAPE.matcher(key);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** What logs and listings show of a key. */
    public static String prefix(String publicId) {
        return PREFIX + publicId;
    }

    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    public record Generated(String publicId, String key) {
    }
}
