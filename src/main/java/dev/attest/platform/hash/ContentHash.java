package dev.attest.platform.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;

/** SHA-256 content hashes, written {@code sha256:<hex>}, that version questionnaires and rulebases. */
public final class ContentHash {

    private ContentHash() {
    }

    public static String of(byte[] content) {
        return "sha256:" + HexFormat.of().formatHex(digest().digest(content));
    }

    /** A hash over named files: each path and content, in path order, so renames count as changes. */
    public static String ofFiles(SortedMap<String, String> files) {
        MessageDigest digest = digest();
        for (Map.Entry<String, String> file : files.entrySet()) {
            byte[] path = file.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
            digest.update(lengthPrefix(path.length));
            digest.update(path);
            digest.update(lengthPrefix(content.length));
            digest.update(content);
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] lengthPrefix(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
