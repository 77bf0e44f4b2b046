package dev.attest.transfer.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.attest.platform.http.BodyLimit;
import dev.attest.transfer.rest.TransferResource;

/** The import endpoint takes whole organisation exports: {@code attest.transfer.max-import-size}. */
@ApplicationScoped
public class ImportBodyLimit implements BodyLimit {

    @Inject
    TransferConfig config;

    @Override
    public boolean appliesTo(String method, String path) {
        return "POST".equals(method) && TransferResource.IMPORT_PATH.equals(path);
    }

    @Override
    public long maxBytes() {
        return config.maxImportSize().asLongValue();
    }
}
