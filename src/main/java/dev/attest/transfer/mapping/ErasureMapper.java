package dev.attest.transfer.mapping;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.attest.transfer.ErasureRecord;
import dev.attest.transfer.rest.ErasureView;

/** An erasure record as the API shows it. */
@ApplicationScoped
public class ErasureMapper {

    private static final TypeReference<java.util.LinkedHashMap<String, Integer>> COUNTS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public ErasureView view(ErasureRecord record) {
        return new ErasureView(record.id, record.subjectType, record.subjectId, record.erasedAt, record.erasedByKeyPrefix,
                counts(record.deletedRows));
    }

    private Map<String, Integer> counts(String content) {
        try {
            return json.readValue(content, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored erasure counts could not be read", e);
        }
    }
}
