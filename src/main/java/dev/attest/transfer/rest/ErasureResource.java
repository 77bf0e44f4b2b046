package dev.attest.transfer.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.Problem;
import dev.attest.transfer.mapping.ErasureMapper;
import dev.attest.transfer.service.ErasureService;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/erasures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisation transfer")
@SecurityRequirement(name = KeyResource.SCHEME)
public class ErasureResource {

    @Inject
    ErasureService erasures;

    @Inject
    ErasureMapper mapper;

    @GET
    @Operation(summary = "List the workspace's erasures", description = "What was erased, when and with which key, latest "
            + "first; never what the erased rows held.")
    @APIResponse(responseCode = "200", description = "One page of erasure records", content = @Content(
            schema = @Schema(implementation = ErasurePage.class),
            examples = @ExampleObject(name = "one erasure", value = TransferExamples.ERASURES)))
    @APIResponse(responseCode = "400", description = "A bad page or size, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PagedList<ErasureView> list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        return erasures.list(Paging.parse(page, size)).map(mapper::view);
    }
}
