package dev.attest.platform.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import dev.attest.platform.i18n.Language;
import dev.attest.platform.i18n.LanguageResolver;

/**
 * Sends every problem in the language the request asks for ({@code ?lang=}, then {@code Accept-Language}), whichever
 * mapper or filter produced it.
 */
@Provider
public class ProblemLanguageFilter implements ContainerResponseFilter {

    @Inject
    LanguageResolver languages;

    @Inject
    ProblemTranslations translations;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem) {
            Language language = languages.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
                    request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
            response.setEntity(translations.translate(problem, language), response.getEntityAnnotations(), response.getMediaType());
        }
    }
}
