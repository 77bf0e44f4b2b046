package dev.attest.platform.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses JSON that names one key twice in an object. Jackson would keep the last value silently, so
 * {@code {"org_role": "controller", "org_role": "processor"}} would be judged, and stored, as whichever came last,
 * while another reader of the same body may take the first.
 */
@Singleton
public class StrictDuplicateKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
