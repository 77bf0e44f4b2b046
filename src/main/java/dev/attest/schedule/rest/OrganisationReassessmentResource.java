package dev.attest.schedule.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.schedule.ScheduledReassessment;
import dev.attest.schedule.mapping.ScheduleMapper;
import dev.attest.schedule.service.ScheduleService;

/** An organisation's re-assessments, made by the schedule or on request. */
@Path("/api/v1/organisations/{id}/reassessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedule")
@SecurityRequirement(name = "workspaceKey")
public class OrganisationReassessmentResource {

    static final String NOT_FOUND = "No organisation with this id in the key's workspace (another workspace's ids are answered alike)";

    @Inject
    ScheduleService schedule;

    @Inject
    ScheduleMapper mapper;

    @GET
    @Operation(summary = "List an organisation's re-assessments", description = "Those made by the schedule or on "
            + "request, newest first, each with its drift since the assessment before it.")
    @APIResponse(responseCode = "200", description = "One page of re-assessments", content = @Content(
            schema = @Schema(implementation = SchedulePage.Reassessments.class),
            examples = @ExampleObject(name = "one", value = ScheduleExamples.REASSESSMENTS)))
    @APIResponse(responseCode = "400", description = "A bad page or size, named", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public PagedList<ReassessmentView> list(@Parameter(description = "Organisation id") @PathParam("id") String id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return schedule.reassessments(id, paging).map(found -> found.map(mapper::view))
                .orElseThrow(() -> new ResourceNotFoundException("organisation", id));
    }

    @POST
    @Operation(summary = "Re-assess an organisation now", description = "Re-runs its latest answers against today's "
            + "questionnaire and rules, as the schedule would, and moves its due date on by its cadence. Answers to "
            + "questions that changed or were removed mark the result for review instead of failing it.")
    @APIResponse(responseCode = "201", description = "The re-assessment with its drift; Location names the new assessment",
            content = @Content(schema = @Schema(implementation = ReassessmentView.class),
                    examples = @ExampleObject(name = "re-assessed", value = ScheduleExamples.REASSESSMENT)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The organisation has no assessment to re-run yet", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no assessment", value = ScheduleExamples.NOTHING_TO_REASSESS)))
    public Response reassessNow(@Parameter(description = "Organisation id") @PathParam("id") String id) {
        ScheduledReassessment made = schedule.reassessNow(id);
        return Response.created(URI.create("/api/v1/assessments/" + made.assessmentId)).entity(mapper.view(made)).build();
    }
}
