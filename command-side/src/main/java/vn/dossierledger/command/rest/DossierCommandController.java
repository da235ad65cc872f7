package vn.dossierledger.command.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.dossierledger.command.dossier.DossierCommandResult;
import vn.dossierledger.command.idempotency.ClaimedRequests;
import vn.dossierledger.events.dossier.PaymentGateway;
import vn.dossierledger.events.dossier.SubjectRef;
import vn.dossierledger.events.dossier.VietnamTime;
import vn.dossierledger.events.dossier.command.AcceptWithdrawalCommand;
import vn.dossierledger.events.dossier.command.ConfirmPaymentCommand;
import vn.dossierledger.events.dossier.command.DeliverResultCommand;
import vn.dossierledger.events.dossier.command.IssueApologyCommand;
import vn.dossierledger.events.dossier.command.IssueResultCommand;
import vn.dossierledger.events.dossier.command.RateSatisfactionCommand;
import vn.dossierledger.events.dossier.command.ReceiveDossierCommand;
import vn.dossierledger.events.dossier.command.ReceiveSupplementCommand;
import vn.dossierledger.events.dossier.command.RecordFailedPaymentCommand;
import vn.dossierledger.events.dossier.command.RecordOpinionCommand;
import vn.dossierledger.events.dossier.command.RefundPaymentCommand;
import vn.dossierledger.events.dossier.command.RejectIntakeCommand;
import vn.dossierledger.events.dossier.command.RequestFinancialObligationCommand;
import vn.dossierledger.events.dossier.command.RequestIntakeSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestSupplementCommand;
import vn.dossierledger.events.dossier.command.RequestWithdrawalCommand;
import vn.dossierledger.events.dossier.command.SignDecisionCommand;
import vn.dossierledger.events.dossier.command.StopProcessingCommand;
import vn.dossierledger.events.dossier.command.SubmitDossierCommand;
import vn.dossierledger.events.dossier.command.SubmitSupplementCommand;
import vn.dossierledger.events.dossier.command.TransferDossierCommand;
import vn.dossierledger.identity.Caller;
import vn.dossierledger.identity.NotTheCallerException;
import vn.dossierledger.identity.Role;
import vn.dossierledger.reference.catalogue.Procedure;
import vn.dossierledger.reference.catalogue.ProcedureCatalogue;
import vn.dossierledger.reference.organisation.Agency;
import vn.dossierledger.reference.organisation.OfficerRegistry;

/**
 * The command API: one sub-resource per step of the dossier's life. Every call answers
 * with the dossier's new version as an ETag; sending it back in {@code If-Match} turns a
 * concurrent update into a 409 instead of a lost update.
 */
@RestController
@RequestMapping("/api/dossiers")
@Tag(name = "Dossier commands", description = "Submit a dossier and move it through its lifecycle")
class DossierCommandController {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CommandGateway commands;

	private final ProcedureCatalogue catalogue;

	private final OfficerRegistry organisation;

	private final DossierCodeGenerator codes;

	private final Clock clock;

	DossierCommandController(CommandGateway commands, ProcedureCatalogue catalogue, OfficerRegistry organisation,
			DossierCodeGenerator codes, Clock clock) {
		this.commands = commands;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.codes = codes;
		this.clock = clock;
	}

	@PostMapping
	@Operation(summary = "Submit a dossier (Nộp hồ sơ)",
			description = "Answers 201 with the dossier id, its code (mã hồ sơ) and a one-time lookup secret")
	ResponseEntity<DossierResponses.Submitted> submit(@Valid @RequestBody DossierRequests.Submit request,
			@Parameter(hidden = true) Caller caller) {
		String dossierId = UUID.randomUUID().toString();
		String dossierCode = request.dossierCode() != null ? request.dossierCode()
				: this.codes.nextCode(agencyCodeOf(request.procedureCode()));
		String lookupSecret = newLookupSecret();
		DossierRequests.Party representative = request.representative();
		if (!caller.is(Role.OFFICER) && !request.applicant().subjectRef().equals(caller.id())
				&& (representative == null || !representative.subjectRef().equals(caller.id()))) {
			throw new NotTheCallerException("applicant.subjectRef", request.applicant().subjectRef());
		}
		DossierCommandResult result = send(
				new SubmitDossierCommand(dossierId, dossierCode, request.procedureCode(), request.channel(),
						new SubjectRef(request.applicant().subjectRef()), request.applicant().personalDataOrNull(),
						representative == null ? null : new SubjectRef(representative.subjectRef()),
						representative == null ? null : representative.personalDataOrNull(), request.authorisationRef(),
						DossierRequests.Document.toSubmitted(request.documents()), sha256(lookupSecret)));
		return ResponseEntity.created(URI.create("/api/dossiers/" + dossierId))
			.eTag(Long.toString(result.version()))
			.body(DossierResponses.Submitted.of(result, dossierCode, lookupSecret));
	}

	@PostMapping("/{dossierId}/receipt")
	@Operation(summary = "Receive the file and issue the receipt with appointment date (Tiếp nhận)")
	ResponseEntity<DossierResponses.Accepted> receive(@PathVariable String dossierId,
			@Parameter(description = "Version last seen") @RequestHeader(name = HttpHeaders.IF_MATCH,
					required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Receive request, @Parameter(hidden = true) Caller caller) {
		return accepted(new ReceiveDossierCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.deliveryMethod()));
	}

	@PostMapping("/{dossierId}/intake-supplement-requests")
	@Operation(summary = "Written, itemised guidance to complete the file at intake (Form 02)")
	ResponseEntity<DossierResponses.Accepted> requestIntakeSupplement(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Supplement request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RequestIntakeSupplementCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.supplementItems(),
				request.reason(), request.legalBasis(), request.overrideReason()));
	}

	@PostMapping("/{dossierId}/intake-supplements")
	@Operation(summary = "The applicant supplies what was asked for at intake")
	ResponseEntity<DossierResponses.Accepted> submitSupplement(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.ApplicantSupplement request, @Parameter(hidden = true) Caller caller) {
		return accepted(new SubmitSupplementCommand(dossierId, IfMatch.version(ifMatch),
				new SubjectRef(caller.actingAs("submittedBy", request.submittedBy())),
				DossierRequests.Document.toSubmitted(request.documents())));
	}

	@PostMapping("/{dossierId}/intake-rejection")
	@Operation(summary = "Refuse the file at intake (Form 03)")
	ResponseEntity<DossierResponses.Accepted> rejectIntake(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.ReasonedDecision request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RejectIntakeCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.reason(), request.legalBasis()));
	}

	@PostMapping("/{dossierId}/transfers")
	@Operation(summary = "Hand the dossier over for a step (Chuyển xử lý)")
	ResponseEntity<DossierResponses.Accepted> transfer(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Transfer request, @Parameter(hidden = true) Caller caller) {
		return accepted(new TransferDossierCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.toOfficerId(),
				request.stepCode()));
	}

	@PostMapping("/{dossierId}/opinions")
	@Operation(summary = "Record an appraisal opinion")
	ResponseEntity<DossierResponses.Accepted> recordOpinion(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Opinion request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RecordOpinionCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.stepCode(),
				request.recommendation(), request.note()));
	}

	@PostMapping("/{dossierId}/supplement-requests")
	@Operation(summary = "Request a supplement during appraisal (Form 02); pauses the clock")
	ResponseEntity<DossierResponses.Accepted> requestSupplement(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Supplement request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RequestSupplementCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.supplementItems(),
				request.reason(), request.legalBasis(), request.approvedByOfficerId(), request.overrideReason()));
	}

	@PostMapping("/{dossierId}/supplements")
	@Operation(summary = "The supplement arrived; the clock resumes")
	ResponseEntity<DossierResponses.Accepted> receiveSupplement(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.SupplementArrival request, @Parameter(hidden = true) Caller caller) {
		return accepted(new ReceiveSupplementCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()),
				DossierRequests.Document.toSubmitted(request.documents())));
	}

	@PostMapping("/{dossierId}/financial-obligations")
	@Operation(summary = "Ask for the fees of the procedure's schedule")
	ResponseEntity<DossierResponses.Accepted> requestFinancialObligation(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.FinancialObligation request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RequestFinancialObligationCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.feeLines()));
	}

	@PostMapping("/{dossierId}/payments")
	@Operation(summary = "A gateway or the desk confirms a payment; a repeated transaction id is a no-op")
	ResponseEntity<DossierResponses.Accepted> confirmPayment(@PathVariable String dossierId,
			@Valid @RequestBody DossierRequests.Payment request, @Parameter(hidden = true) Caller caller) {
		String officer = paidBy(caller, request.gateway(), request.actingOfficerId());
		return accepted(new ConfirmPaymentCommand(dossierId, null, request.transactionId(), request.amountVnd(),
				request.gateway(), request.eReceiptNumber(), officer));
	}

	@PostMapping("/{dossierId}/payment-failures")
	@Operation(summary = "A gateway reports a failed payment attempt")
	ResponseEntity<DossierResponses.Accepted> recordFailedPayment(@PathVariable String dossierId,
			@Valid @RequestBody DossierRequests.FailedPayment request, @Parameter(hidden = true) Caller caller) {
		caller.actingAs("gateway", request.gateway().name());
		return accepted(new RecordFailedPaymentCommand(dossierId, null, request.transactionId(), request.amountVnd(),
				request.gateway(), request.reason()));
	}

	@PostMapping("/{dossierId}/payments/{transactionId}/refund")
	@Operation(summary = "Refund a confirmed payment")
	ResponseEntity<DossierResponses.Accepted> refund(@PathVariable String dossierId, @PathVariable String transactionId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Refund request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RefundPaymentCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), transactionId, request.reason()));
	}

	@PostMapping("/{dossierId}/apologies")
	@Operation(summary = "Written apology with a new appointment date (Form 04)")
	ResponseEntity<DossierResponses.Accepted> apologise(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Apology request, @Parameter(hidden = true) Caller caller) {
		return accepted(new IssueApologyCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.reason(), request.newDueAt(),
				request.sentVia()));
	}

	@PostMapping("/{dossierId}/decision")
	@Operation(summary = "The approving leader signs the decision")
	ResponseEntity<DossierResponses.Accepted> signDecision(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Decision request, @Parameter(hidden = true) Caller caller) {
		return accepted(new SignDecisionCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.documentSha256(),
				request.signature().toDetached()));
	}

	@PostMapping("/{dossierId}/result")
	@Operation(summary = "The clerk numbers and issues the result (Ban hành kết quả)")
	ResponseEntity<DossierResponses.Accepted> issueResult(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Result request, @Parameter(hidden = true) Caller caller) {
		return accepted(new IssueResultCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.resultDocumentCode(),
				request.issueNumber(), request.resultDocumentSha256(), request.electronic()));
	}

	@PostMapping("/{dossierId}/delivery")
	@Operation(summary = "Hand the result over (Trả kết quả)")
	ResponseEntity<DossierResponses.Accepted> deliver(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.Delivery request, @Parameter(hidden = true) Caller caller) {
		return accepted(new DeliverResultCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.method(),
				new SubjectRef(request.recipient()), request.authorisationRef()));
	}

	@PostMapping("/{dossierId}/stop")
	@Operation(summary = "Stop processing or refuse after appraisal (Form 05)")
	ResponseEntity<DossierResponses.Accepted> stop(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.ReasonedDecision request, @Parameter(hidden = true) Caller caller) {
		return accepted(new StopProcessingCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", request.actingOfficerId()), request.reason(), request.legalBasis()));
	}

	@PostMapping("/{dossierId}/withdrawal-request")
	@Operation(summary = "The applicant asks to withdraw the dossier")
	ResponseEntity<DossierResponses.Accepted> requestWithdrawal(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody DossierRequests.WithdrawalRequest request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RequestWithdrawalCommand(dossierId, IfMatch.version(ifMatch),
				new SubjectRef(caller.actingAs("requestedBy", request.requestedBy())), request.reason()));
	}

	@PostMapping("/{dossierId}/withdrawal")
	@Operation(summary = "An officer accepts the withdrawal")
	ResponseEntity<DossierResponses.Accepted> acceptWithdrawal(@PathVariable String dossierId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody(required = false) DossierRequests.ActingOfficer request,
			@Parameter(hidden = true) Caller caller) {
		return accepted(new AcceptWithdrawalCommand(dossierId, IfMatch.version(ifMatch),
				caller.actingAs("actingOfficerId", (request != null) ? request.actingOfficerId() : null)));
	}

	@PostMapping("/{dossierId}/rating")
	@Operation(summary = "The applicant rates the handling (Đánh giá)")
	ResponseEntity<DossierResponses.Accepted> rate(@PathVariable String dossierId,
			@Valid @RequestBody DossierRequests.Rating request, @Parameter(hidden = true) Caller caller) {
		return accepted(new RateSatisfactionCommand(dossierId, null,
				new SubjectRef(caller.actingAs("ratedBy", request.ratedBy())), request.score(), request.comment()));
	}

	/**
	 * A gateway confirms as itself; an officer takes cash at the desk, as themselves.
	 * @return the officer who took the payment, or null for a gateway
	 */
	private static String paidBy(Caller caller, PaymentGateway gateway, String actingOfficerId) {
		if (caller.is(Role.PAYMENT_GATEWAY)) {
			caller.actingAs("gateway", gateway.name());
			return caller.actingAs("actingOfficerId", actingOfficerId);
		}
		if (gateway != PaymentGateway.CASH_AT_DESK) {
			throw new NotTheCallerException("gateway", gateway.name());
		}
		return caller.actingAs("actingOfficerId", actingOfficerId);
	}

	private ResponseEntity<DossierResponses.Accepted> accepted(Object command) {
		DossierCommandResult result = send(command);
		return ResponseEntity.ok().eTag(Long.toString(result.version())).body(DossierResponses.Accepted.of(result));
	}

	/** Sends a command, carrying the request's idempotency claim when it has one. */
	private DossierCommandResult send(Object command) {
		return this.commands.sendAndWait(ClaimedRequests.carryingTheClaim(command));
	}

	/**
	 * The code prefix of the procedure's competent agency; an unknown procedure is the
	 * aggregate's to refuse.
	 */
	private String agencyCodeOf(String procedureCode) {
		return this.catalogue.inForce(procedureCode, LocalDate.ofInstant(this.clock.instant(), VietnamTime.ZONE))
			.map(Procedure::agencyId)
			.flatMap(this.organisation::agency)
			.map(Agency::code)
			.orElse("000.00.00.X00");
	}

	private static String newLookupSecret() {
		byte[] bytes = new byte[9];
		RANDOM.nextBytes(bytes);
		return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

}
