package vn.dossierledger.app.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import vn.dossierledger.app.consistency.ConsistencyReport.Difference;
import vn.dossierledger.app.consistency.ConsistencyReport.TableComparison;

class IndexedDocumentsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void flattensNestedObjectsToDottedPathsWithEachValueAsJsonText() {
		Map<String, String> fields = IndexedDocuments.flatten(json("""
				{"dossierId": "d-1", "sequence": 3, "score": 0.75, "open": true,
				 "actor": {"id": "hn-phk-cv-01", "unit": {"id": "hn-phk-bpmc"}}}"""));

		assertThat(fields).containsExactly(Map.entry("actor.id", "\"hn-phk-cv-01\""),
				Map.entry("actor.unit.id", "\"hn-phk-bpmc\""), Map.entry("dossierId", "\"d-1\""),
				Map.entry("open", "true"), Map.entry("score", "0.75"), Map.entry("sequence", "3"));
	}

	@Test
	void keepsAnArrayOfValuesWholeAndFlattensAnArrayOfObjectsByPosition() {
		Map<String, String> fields = IndexedDocuments.flatten(json("""
				{"officerIds": ["o-1", "o-2"], "items": [{"code": "A"}, {"code": "B", "issue": "mờ"}], "none": []}"""));

		assertThat(fields).containsExactly(Map.entry("items.0.code", "\"A\""), Map.entry("items.1.code", "\"B\""),
				Map.entry("items.1.issue", "\"mờ\""), Map.entry("none", "[]"),
				Map.entry("officerIds", "[\"o-1\",\"o-2\"]"));
	}

	@Test
	void leavesOutNullsAsElasticsearchIndexesThemLikeMissingFields() {
		assertThat(IndexedDocuments.flatten(json("{\"closedAt\": null, \"open\": true}")))
			.containsExactly(Map.entry("open", "true"));
	}

	@Test
	void tellsANumberFromAStringOfTheSameDigits() {
		assertThat(IndexedDocuments.differences("audit-history", "e-1", json("{\"nationalStatusCode\": 2}"),
				json("{\"nationalStatusCode\": \"2\"}")))
			.containsExactly(new Difference("audit-history", "e-1", null, "nationalStatusCode", "2", "\"2\""));
	}

	@Test
	void namesEachDifferingFieldByDocumentDossierAndPath() {
		IndexedDocuments index = new IndexedDocuments("audit-history");
		index.live("e-1", json("{\"dossierId\": \"d-1\", \"statusLabel\": \"Đã xử lý xong\", \"sequence\": 2}"));
		index.replayed("e-1", json("{\"dossierId\": \"d-1\", \"statusLabel\": \"Đã tiếp nhận\", \"sequence\": 2}"));

		assertThat(index.differences()).containsExactly(
				new Difference("audit-history", "e-1", "d-1", "statusLabel", "\"Đã xử lý xong\"", "\"Đã tiếp nhận\""));
		assertThat(index.counts()).isEqualTo(new TableComparison("audit-history", 1, 1, 1));
	}

	@Test
	void namesADocumentMissingOnEitherSideWithTheWholeDocument() {
		IndexedDocuments index = new IndexedDocuments("red-flags");
		index.live("F2-b", json("{\"flagId\": \"F2-b\", \"dossierId\": \"d-2\"}"));
		index.live("F1-a", json("{\"flagId\": \"F1-a\", \"dossierId\": \"d-1\"}"));
		index.replayed("F1-a", json("{\"flagId\": \"F1-a\", \"dossierId\": \"d-1\"}"));
		index.replayed("F3-c", json("{\"flagId\": \"F3-c\", \"dossierId\": \"d-3\"}"));

		assertThat(index.differences()).containsExactly(
				new Difference("red-flags", "F2-b", "d-2", null, "{\"flagId\":\"F2-b\",\"dossierId\":\"d-2\"}", null),
				new Difference("red-flags", "F3-c", "d-3", null, null, "{\"flagId\":\"F3-c\",\"dossierId\":\"d-3\"}"));
		assertThat(index.counts()).isEqualTo(new TableComparison("red-flags", 2, 2, 2));
	}

	@Test
	void findsNothingBetweenTheSameFieldsWrittenInAnotherOrder() {
		IndexedDocuments index = new IndexedDocuments("audit-history");
		index.live("e-1", json("{\"dossierId\": \"d-1\", \"sequence\": 2, \"text\": null}"));
		index.replayed("e-1", json("{\"sequence\": 2, \"dossierId\": \"d-1\"}"));

		assertThat(index.differences()).isEmpty();
		assertThat(index.counts()).isEqualTo(new TableComparison("audit-history", 1, 1, 0));
	}

	private static JsonNode json(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
