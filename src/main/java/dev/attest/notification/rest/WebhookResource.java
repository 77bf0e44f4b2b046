package dev.attest.notification.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.attest.notification.Webhook;
import dev.attest.notification.mapping.WebhookMapper;
import dev.attest.notification.service.WebhookService;
import dev.attest.platform.paging.PagedList;
import dev.attest.platform.paging.Paging;
import dev.attest.platform.problem.Problem;
import dev.attest.platform.problem.ResourceNotFoundException;
import dev.attest.workspace.rest.KeyResource;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed event notifications to the workspace's own systems")
@SecurityRequirement(name = KeyResource.SCHEME)
public class WebhookResource {

    private static final String NOT_FOUND = "No webhook with this id in the key's workspace (another workspace's ids are answered alike)";

    @Inject
    WebhookService webhooks;

    @Inject
    WebhookMapper mapper;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a webhook", description = "Attest POSTs the chosen events to the URL as JSON, signed "
            + "with HMAC-SHA256 (X-Attest-Signature), retrying with backoff. The secret is in this answer only.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "re-assessments", value = WebhookExamples.WEBHOOK_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created, with the secret shown this once; Location names it",
            content = @Content(schema = @Schema(implementation = CreatedWebhookView.class),
                    examples = @ExampleObject(name = "created", value = WebhookExamples.CREATED_WEBHOOK)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named by a JSON Pointer; nothing is stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad URL and event", value = WebhookExamples.INVALID_WEBHOOK_PROBLEM)))
    public Response create(WebhookRequest request) {
        Webhook created = webhooks.create(request);
        return Response.created(URI.create("/api/v1/webhooks/" + created.id)).entity(mapper.created(created)).build();
    }

    @GET
    @Operation(summary = "List the workspace's webhooks", description = "Oldest first, without their secrets.")
    @APIResponse(responseCode = "200", description = "The webhooks", content = @Content(
            schema = @Schema(implementation = WebhookView.class, type = SchemaType.ARRAY),
            examples = @ExampleObject(name = "one webhook", value = WebhookExamples.WEBHOOKS)))
    public List<WebhookView> list() {
        return webhooks.list().stream().map(mapper::view).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook", description = "Without its secret.")
    @APIResponse(responseCode = "200", description = "The webhook", content = @Content(
            schema = @Schema(implementation = WebhookView.class),
            examples = @ExampleObject(name = "webhook", value = WebhookExamples.WEBHOOK)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = WebhookExamples.NOT_FOUND_PROBLEM)))
    public WebhookView get(@Parameter(description = "Webhook id") @PathParam("id") String id) {
        return webhooks.find(id).map(mapper::view).orElseThrow(() -> new ResourceNotFoundException("webhook", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "Nothing more is sent to it, and its deliveries are "
            + "forgotten. An attempt already under way may still arrive.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = WebhookExamples.NOT_FOUND_PROBLEM)))
    public Response delete(@Parameter(description = "Webhook id") @PathParam("id") String id) {
        webhooks.delete(id).orElseThrow(() -> new ResourceNotFoundException("webhook", id));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/test")
    @Operation(summary = "Send a test event", description = "Queues a webhook.test event for this webhook, whatever "
            + "events it subscribes to; it is sent within the poll interval and shows in the deliveries.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(
            schema = @Schema(implementation = DeliveryView.class),
            examples = @ExampleObject(name = "queued", value = WebhookExamples.QUEUED_DELIVERY)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = WebhookExamples.NOT_FOUND_PROBLEM)))
    public Response test(@Parameter(description = "Webhook id") @PathParam("id") String id) {
        return webhooks.test(id).map(delivery -> Response.accepted(mapper.view(delivery)).build())
                .orElseThrow(() -> new ResourceNotFoundException("webhook", id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "List a webhook's deliveries", description = "Newest first, one page at a time: status, "
            + "attempts, the receiver's last status code and the times.")
    @APIResponse(responseCode = "200", description = "One page of deliveries", content = @Content(
            schema = @Schema(implementation = DeliveryPage.class),
            examples = @ExampleObject(name = "a retry and a delivered event", value = WebhookExamples.DELIVERIES)))
    @APIResponse(responseCode = "400", description = "A bad page or size, named", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "unknown", value = WebhookExamples.NOT_FOUND_PROBLEM)))
    public PagedList<DeliveryView> deliveries(@Parameter(description = "Webhook id") @PathParam("id") String id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        Paging paging = Paging.parse(page, size);
        return webhooks.deliveries(id, paging).map(deliveries -> deliveries.map(mapper::view))
                .orElseThrow(() -> new ResourceNotFoundException("webhook", id));
    }
}
