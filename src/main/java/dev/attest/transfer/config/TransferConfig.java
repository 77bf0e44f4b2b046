package dev.attest.transfer.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Organisation export and import. */
@ConfigMapping(prefix = "attest.transfer")
public interface TransferConfig {

    /**
     * The largest import document accepted. An export carries the rule files of every rulebase version its assessments
     * were judged by (about 1 MiB each) besides the assessments, so it is far above the API's usual limit; keep
     * {@code quarkus.http.limits.max-body-size} at least this large.
     */
    @WithDefault("32M")
    MemorySize maxImportSize();
}
