package dev.attest.rules.engine;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;

import dev.attest.platform.hash.ContentHash;
import dev.attest.rules.config.RulesConfig;
import dev.attest.rules.model.RulebaseFiles;
import io.quarkus.logging.Log;

/**
 * Compiled rule packages kept on disk ({@code attest.rules.cache-dir}) by a key over the rule logic, this build of
 * Attest and the Drools version, so that a start or a reload of rules compiled before skips the DRL compiler, which
 * is most of the start-up time. The rules folder stays the source: changed files have another key and are compiled.
 * Off when the folder is unset or when the build cannot be identified (dev mode and tests run from class folders); an
 * entry that cannot be read is compiled again and replaced. Also remembers which keys passed their packs' cases.
 */
@ApplicationScoped
public class RulebaseCache {

    /** Entries kept; the least recently used go first. */
    static final int KEPT = 20;
    private static final String PACKAGES = ".packages";
    private static final String VERIFIED = ".verified";

    @Inject
    RulesConfig config;

    /** The identity of this build, worked out on first use; tests set it, as they run from class folders. */
    volatile Optional<String> build;

    /** The packages compiled earlier from these files by this build, as a new KIE base. */
    Optional<KieBase> load(RulebaseFiles files, ClassLoader classLoader) {
        Optional<Path> entry = entry(files, PACKAGES);
        if (entry.isEmpty() || !Files.isRegularFile(entry.get())) {
            return Optional.empty();
        }
        try (ObjectInputStream in = new DroolsObjectInputStream(new BufferedInputStream(Files.newInputStream(entry.get())),
                classLoader)) {
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) in.readObject();
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(
                    KieServices.Factory.get().newKieBaseConfiguration(null, classLoader));
            kieBase.addPackages(packages);
            Files.setLastModifiedTime(entry.get(), FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(kieBase);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            Log.warnf("The cached rulebase %s could not be read (%s); compiling the rules instead", entry.get(), e);
            return Optional.empty();
        }
    }

    /** Keeps the compiled packages; a failure to write costs only the next compilation. */
    void store(RulebaseFiles files, KieBase kieBase) {
        Optional<Path> entry = entry(files, PACKAGES);
        if (entry.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(entry.get().getParent());
            Path partial = Files.createTempFile(entry.get().getParent(), "rulebase", ".partial");
            try (ObjectOutputStream out = new DroolsObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            Files.move(partial, entry.get(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            evictBeyond(KEPT, entry.get().getParent());
        } catch (IOException | RuntimeException e) {
            Log.warnf("The compiled rulebase could not be cached in %s: %s", entry.get().getParent(), e);
        }
    }

    /**
     * Whether these files, with this extra content (the packs' cases and whatever they are checked against), passed
     * their cases in this build before.
     */
    public boolean verified(RulebaseFiles files, String checkedAgainst) {
        return entry(files, "." + hash(checkedAgainst) + VERIFIED).map(Files::isRegularFile).orElse(false);
    }

    public void markVerified(RulebaseFiles files, String checkedAgainst) {
        entry(files, "." + hash(checkedAgainst) + VERIFIED).ifPresent(marker -> {
            try {
                Files.createDirectories(marker.getParent());
                Files.write(marker, new byte[0]);
            } catch (IOException e) {
                Log.warnf("Could not note in %s that the rulebase passed its cases: %s", marker.getParent(), e);
            }
        });
    }

    private Optional<Path> entry(RulebaseFiles files, String suffix) {
        Optional<Path> dir = config.cacheDir();
        Optional<String> identity = build();
        if (dir.isEmpty() || identity.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<String, String> key = new TreeMap<>();
        key.put("logic", files.version());
        key.put("build", identity.get());
        key.put("drools", String.valueOf(KieServices.class.getPackage().getImplementationVersion()));
        return Optional.of(dir.get().resolve(hash(key.toString()) + suffix));
    }

    /** The hash of the application jar this class runs from, or empty when it runs from a folder of classes. */
    private Optional<String> build() {
        Optional<String> known = build;
        if (known == null) {
            known = jarHash();
            build = known;
            if (known.isEmpty() && config.cacheDir().isPresent()) {
                Log.info("Rulebase cache off: this build runs from class folders, not from its jar");
            }
        }
        return known;
    }

    private static Optional<String> jarHash() {
        try {
            CodeSource source = RulebaseCache.class.getProtectionDomain().getCodeSource();
            Path jar = source == null ? null : Path.of(source.getLocation().toURI());
            if (jar == null || !Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            try (InputStream in = Files.newInputStream(jar)) {
                return Optional.of(ContentHash.of(in.readAllBytes()));
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String hash(String text) {
        return ContentHash.of(text.getBytes(StandardCharsets.UTF_8)).substring("sha256:".length());
    }

    private static void evictBeyond(int kept, Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> packages = entries.filter(path -> path.getFileName().toString().endsWith(PACKAGES))
                    .sorted(Comparator.comparing(RulebaseCache::lastModified).reversed()).toList();
            for (Path stale : packages.subList(Math.min(kept, packages.size()), packages.size())) {
                String name = stale.getFileName().toString();
                String prefix = name.substring(0, name.length() - PACKAGES.length());
                try (Stream<Path> markers = Files.list(dir)) {
                    for (Path marker : markers.filter(path -> path.getFileName().toString().startsWith(prefix)).toList()) {
                        Files.deleteIfExists(marker);
                    }
                }
            }
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
