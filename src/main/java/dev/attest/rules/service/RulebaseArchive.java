package dev.attest.rules.service;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.rules.ArchivedRulebase;
import dev.attest.rules.engine.Rulebase;
import dev.attest.rules.model.RulebaseFiles;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;

/**
 * Keeps every rulebase version that produced a stored result, by its hash, and compiles an archived
 * version again on demand so that old answers can be re-run against the rules they were judged by.
 */
@ApplicationScoped
public class RulebaseArchive {

    static final int COMPILED_KEPT = 4;

    private static final TypeReference<Map<String, SortedMap<String, String>>> FILES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @Inject
    RulebaseLoader loader;

    @Inject
    RulebaseRegistry registry;

    /** Versions known to be archived; saves a lookup per stored assessment. */
    private final Set<String> archived = ConcurrentHashMap.newKeySet();

    /** Archived versions compiled lately: a diff or a re-run reads the same old version many times. */
    private final Map<String, Rulebase> compiled = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Rulebase> eldest) {
                    return size() > COMPILED_KEPT;
                }
            });

    /**
     * Makes sure {@code rulebase} is archived, in a transaction of its own so a racing twin cannot fail a caller: one
     * thread of this instance writes it while the others wait, and another instance writing it at the same moment
     * makes the insert fail at commit, which is fine once the row is there.
     */
    public void ensureArchived(Rulebase rulebase) {
        if (archived.contains(rulebase.version())) {
            return;
        }
        synchronized (archived) {
            if (archived.contains(rulebase.version())) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (ArchivedRulebase.findById(rulebase.version()) == null) {
                        ArchivedRulebase entity = new ArchivedRulebase();
                        entity.version = rulebase.version();
                        entity.textsVersion = rulebase.textsVersion();
                        entity.files = write(rulebase.files());
                        entity.archivedAt = clock.instant();
                        entity.persist();
                    }
                });
            } catch (PersistenceException | QuarkusTransactionException e) {
                if (!QuarkusTransaction.requiringNew().call(() -> ArchivedRulebase.findById(rulebase.version()) != null)) {
                    throw e;
                }
                Log.debugf("Rulebase %s was archived concurrently: %s", rulebase.version(), e.getMessage());
            }
            archived.add(rulebase.version());
        }
    }

    /** The rulebase of {@code version}: the current one, or an archived one compiled again. */
    @Transactional
    public Optional<Rulebase> find(String version) {
        Rulebase current = registry.current();
        if (current.version().equals(version)) {
            return Optional.of(current);
        }
        Rulebase cached = compiled.get(version);
        if (cached != null) {
            return Optional.of(cached);
        }
        ArchivedRulebase entity = ArchivedRulebase.findById(version);
        if (entity == null) {
            return Optional.empty();
        }
        Rulebase rulebase = loader.compile(read(entity.files));
        compiled.put(version, rulebase);
        return Optional.of(rulebase);
    }

    /** The files of an archived version as stored, for an export; empty when this installation never archived it. */
    @Transactional
    public Optional<RulebaseFiles> files(String version) {
        ArchivedRulebase entity = ArchivedRulebase.findById(version);
        return entity == null ? Optional.empty() : Optional.of(read(entity.files));
    }

    @Transactional
    public boolean contains(String version) {
        return archived.contains(version) || ArchivedRulebase.findById(version) != null;
    }

    /**
     * Archives files brought from another installation in the caller's transaction, so an import that fails stores
     * none of them. Version and texts version are the files' own hashes; callers compare them with what was claimed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void archive(RulebaseFiles files) {
        if (ArchivedRulebase.findById(files.version()) != null) {
            return;
        }
        ArchivedRulebase entity = new ArchivedRulebase();
        entity.version = files.version();
        entity.textsVersion = files.textsVersion();
        entity.files = write(files);
        entity.archivedAt = clock.instant();
        entity.persist();
    }

    private String write(RulebaseFiles files) {
        try {
            return json.writeValueAsString(Map.of("logic", files.logic(), "texts", files.texts(), "cases", files.cases()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Rule files could not be written as JSON", e);
        }
    }

    private RulebaseFiles read(String content) {
        try {
            Map<String, SortedMap<String, String>> files = json.readValue(content, FILES);
            return new RulebaseFiles(files.get("logic"), files.get("texts"), files.get("cases"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An archived rulebase could not be read", e);
        }
    }
}
