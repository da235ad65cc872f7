package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.dossierledger.app.LedgerApi.Reply;
import vn.dossierledger.oversight.ledger.InclusionProof;

/**
 * The access audit against the running application: an official's read of a case is an
 * event in the ledger before it is answered (chained, sealed and verified like any
 * other), searchable by oversight with its purpose, and an officer who reads several
 * dossiers outside their unit raises F21 with the reads as evidence.
 */
class AccessAuditIT extends SharedLedgerTest {

	/**
	 * A clerk of the construction department, with no business in birth registrations.
	 */
	private static final String OUTSIDE_OFFICER = "hn-xd-vt-01";

	@Test
	void anInspectorsReadIsRecordedWithItsPurposeSealedAndVerified() {
		DossierWalk dossier = DossierWalk.submit(api()).receive();
		String purpose = "Thanh tra theo đơn khiếu nại số 12";
		long eventsBefore = eventStore().eventCount();

		Reply history = api().as(LedgerApi.INSPECTOR).get(dossier.path("/history") + "?purpose=" + purpose);

		assertThat(history.status()).as("%s", history).isEqualTo(200);
		assertThat(eventStore().eventCount()).as("one read, one event").isEqualTo(eventsBefore + 1);
		JsonNode read = awaitReads("dossierId=" + dossier.dossierId() + "&readerId=" + LedgerApi.INSPECTOR, 1).get(0);
		assertThat(read.path("view").asText()).isEqualTo("history");
		assertThat(read.path("purpose").asText()).isEqualTo(purpose);
		assertThat(texts(read.path("readerRoles"))).containsExactly("INSPECTOR");
		assertThat(read.path("dossierCode").asText()).isEqualTo(dossier.dossierCode());
		assertThat(read.path("outsideReaderUnit").asBoolean()).isFalse();

		LedgerSeals.awaitEverythingSealed(api(), eventStore());
		Reply inclusion = api().get("/api/ledger/events/" + read.path("eventId").asText() + "/inclusion");
		assertThat(inclusion.status()).as("%s", inclusion).isEqualTo(200);
		InclusionProof proof = new ObjectMapper().findAndRegisterModules()
			.convertValue(inclusion.json(), InclusionProof.class);
		assertThat(proof.dossierId()).as("the read's own aggregate").isEqualTo(read.path("readId").asText());
		assertThat(proof.leadsToSealedRoot()).isTrue();
		Reply verification = api().as(LedgerApi.INSPECTOR).post("/api/ledger/verification", null);
		assertThat(verification.status()).isEqualTo(200);
		assertThat(verification.json().path("mismatches").size()).as("%s", verification).isZero();
	}

	@Test
	void aReadThatIsRefusedIsNotRecordedAndNeitherIsTheApplicantsOwn() {
		DossierWalk dossier = DossierWalk.submit(api()).receive();
		long eventsBefore = eventStore().eventCount();

		assertThat(api().as(LedgerApi.INSPECTOR).get(dossier.path("/history") + "?purpose=").status()).isEqualTo(400);
		assertThat(api().as(LedgerApi.ANALYST).get(dossier.path("/history")).status()).isEqualTo(403);
		assertThat(api().as(BirthRegistration.APPLICANT)
			.get("/api/citizens/" + BirthRegistration.APPLICANT + "/dossiers")
			.status()).isEqualTo(200);

		assertThat(eventStore().eventCount()).isEqualTo(eventsBefore);
	}

	@Test
	void anOfficerWhoReadsThreeDossiersOutsideTheirUnitRaisesF21WithTheReadsAsEvidence() {
		List<DossierWalk> dossiers = List.of(DossierWalk.submit(api()).receive(), DossierWalk.submit(api()).receive(),
				DossierWalk.submit(api()).receive());
		for (DossierWalk dossier : dossiers) {
			// The control sheet is a read model: a read before it shows the dossier is a
			// 404, recorded nowhere.
			await().atMost(Duration.ofSeconds(20))
				.until(() -> api().as(OUTSIDE_OFFICER).get(dossier.path("/control-sheet")).status() == 200);
		}
		assertThat(api().as(BirthRegistration.RECEIVING_OFFICER).get(dossiers.get(0).path("/history")).status())
			.isEqualTo(200);

		List<JsonNode> outside = awaitReads("readerId=" + OUTSIDE_OFFICER + "&outsideReaderUnit=true", 3);
		List<JsonNode> inside = awaitReads(
				"readerId=" + BirthRegistration.RECEIVING_OFFICER + "&dossierId=" + dossiers.get(0).dossierId(), 1);
		assertThat(inside.get(0).path("outsideReaderUnit").asBoolean()).as("the desk that received it").isFalse();

		JsonNode flag = await().atMost(Duration.ofSeconds(30))
			.until(() -> api().as(LedgerApi.INSPECTOR)
				.get("/api/red-flags?rule=F21&officerId=" + OUTSIDE_OFFICER)
				.json()
				.path("items"), (flags) -> flags.size() == 1)
			.get(0);
		assertThat(flag.path("dossierId").asText()).isEqualTo(dossiers.get(2).dossierId());
		assertThat(texts(flag.path("evidenceEventIds"))).containsExactlyInAnyOrderElementsOf(
				outside.stream().map((read) -> read.path("eventId").asText()).toList());
		assertThat(texts(flag.path("officerIds"))).containsExactly(OUTSIDE_OFFICER);
	}

	private List<JsonNode> awaitReads(String filter, int count) {
		JsonNode reads = await().atMost(Duration.ofSeconds(30))
			.until(() -> api().as(LedgerApi.INSPECTOR).get("/api/audit/access-reads?" + filter).json().path("reads"),
					(found) -> found.size() >= count);
		assertThat(reads).hasSize(count);
		return StreamSupport.stream(reads.spliterator(), false).toList();
	}

	private static List<String> texts(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

}
