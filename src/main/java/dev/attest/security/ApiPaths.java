package dev.attest.security;

import java.util.List;

/** Which addresses need which credentials. Anything under /api/v1 that is neither open nor admin needs a workspace key. */
public final class ApiPaths {

    static final String API = "/api/";
    static final String ADMIN = "/api/v1/admin";
    /** Stateless endpoints that read nothing stored: open to anyone, limited per client address. */
    static final List<String> OPEN = List.of("/api/v1/evaluations", "/api/v1/questionnaires", "/api/v1/rulebase");

    private ApiPaths() {
    }

    public static boolean isApi(String path) {
        return path.startsWith(API);
    }

    public static boolean isOpen(String path) {
        return OPEN.stream().anyMatch(open -> path.equals(open) || path.startsWith(open + "/"));
    }

    public static boolean isAdmin(String path) {
        return path.equals(ADMIN) || path.startsWith(ADMIN + "/");
    }

    /** Needs a workspace key: fails closed, so an endpoint added later is protected unless listed as open. */
    public static boolean needsWorkspaceKey(String path) {
        return isApi(path) && !isOpen(path) && !isAdmin(path);
    }
}
