package dev.attest.transfer.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import dev.attest.organisation.Organisation;
import dev.attest.organisation.mapping.OrganisationMapper;
import dev.attest.organisation.rest.OrganisationExamples;
import dev.attest.organisation.rest.OrganisationView;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.transfer.OrganisationExport;
import dev.attest.transfer.service.ErasureService;
import dev.attest.transfer.service.ExportService;
import dev.attest.transfer.service.ImportService;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation transfer", description = "Export an organisation as one document, import it into another workspace, erase it")
@SecurityRequirement(name = KeyResource.SCHEME)
public class TransferResource {

    public static final String IMPORT_PATH = "/api/v1/organisations/import";

    @Inject
    ExportService exports;

    @Inject
    ImportService imports;

    @Inject
    ErasureService erasures;

    @Inject
    OrganisationMapper organisations;

    @GET
    @Path("/{id}/export")
    @Operation(summary = "Export an organisation", description = "The organisation and whether its schedule is paused, "
            + "its assessments (answers and stored results verbatim, action plan progress), its remediation tasks, its "
            + "drafts, the re-assessments made for its due dates and the archived rulebases that judged the assessments, "
            + "as one JSON document another Attest installation can import. Nothing of the workspace (ids, keys) is in it.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment named attest-organisation-<slug>-<date>.json",
            content = @Content(schema = @Schema(implementation = OrganisationExport.class),
                    examples = @ExampleObject(name = "one assessment", value = TransferExamples.EXPORT)))
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public Response export(@Parameter(description = "Organisation id") @PathParam("id") String id) {
        ExportService.NamedExport export = exports.export(id).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        return Response.ok(export.document())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"").build();
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an exported organisation", description = "Stores the organisation of an export document "
            + "in the key's workspace with new ids (links between its assessments, and from its tasks, drafts and "
            + "re-assessments to them, kept), the same timestamps and content; the last assessment and next due dates are "
            + "worked out from the assessments. tasks, drafts and reassessments may be left out, as in documents exported "
            + "before they were added. Results are not evaluated again. Rulebase versions not archived here are archived, each checked against its "
            + "content hash. Documents up to 32 MiB by default (attest.transfer.max-import-size).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OrganisationExport.class),
            examples = @ExampleObject(name = "one assessment", value = TransferExamples.EXPORT)))
    @APIResponse(responseCode = "201", description = "Imported; Location names the new organisation", content = @Content(
            schema = @Schema(implementation = OrganisationView.class),
            examples = @ExampleObject(name = "imported", value = OrganisationExamples.ORGANISATION)))
    @APIResponse(responseCode = "400", description = "Wrong format or version, missing or malformed fields, broken links "
            + "between assessments, references to assessments not in the document, unknown task statuses, questionnaires, "
            + "languages or triggers, unreadable results or drifts, rulebases whose content does not match their version; each named "
            + "by a JSON Pointer. Nothing is stored.", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "broken link and rulebase", value = TransferExamples.INVALID_DOCUMENT_PROBLEM)))
    @APIResponse(responseCode = "413", description = "The document is larger than the import limit", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "too large", value = TransferExamples.TOO_LARGE_PROBLEM)))
    public Response importDocument(JsonNode document) {
        Organisation created = imports.importDocument(document);
        return Response.created(URI.create("/api/v1/organisations/" + created.id)).entity(organisations.view(created)).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Erase an organisation", description = "Deletes the organisation and everything stored about it: "
            + "its assessments, their frameworks and action plan progress. An erasure record keeps the former id, the time, "
            + "the key's public prefix and how many rows went, nothing of the content (GET /api/v1/erasures).")
    @APIResponse(responseCode = "204", description = "Erased; every former id now answers 404")
    @APIResponse(responseCode = "404", description = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OrganisationExamples.NOT_FOUND_PROBLEM)))
    public Response erase(@Parameter(description = "Organisation id") @PathParam("id") String id) {
        erasures.eraseOrganisation(id).orElseThrow(() -> new ResourceNotFoundException("organisation", id));
        return Response.noContent().build();
    }
}
