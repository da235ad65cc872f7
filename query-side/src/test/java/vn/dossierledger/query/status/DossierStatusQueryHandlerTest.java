package vn.dossierledger.query.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import vn.dossierledger.events.dossier.DossierStatus;
import vn.dossierledger.events.query.status.DossierStatusView;
import vn.dossierledger.events.query.status.DossierStepsView;
import vn.dossierledger.events.query.status.DossierSummaryPage;
import vn.dossierledger.events.query.status.ExpectedOfCitizen;
import vn.dossierledger.events.query.status.FindCitizenDossiersQuery;
import vn.dossierledger.events.query.status.FindDossierStatusQuery;
import vn.dossierledger.events.query.status.FindDossierStepsQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStatusQuery;
import vn.dossierledger.events.query.status.FindFiledDossierStepsQuery;
import vn.dossierledger.events.query.status.FindUnitDossiersQuery;
import vn.dossierledger.projection.status.CitizenNextAction;
import vn.dossierledger.projection.status.CitizenStepRepository;
import vn.dossierledger.projection.status.DossierStatusRepository;
import vn.dossierledger.projection.status.DossierStatusRow;
import vn.dossierledger.projection.status.LookupSecretDigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * The status handlers: a lookup, of the status or of the timeline, answers only when a
 * row has the code and the secret's digest is the stored one; lists ask for the page
 * requested, a citizen's newest first.
 */
class DossierStatusQueryHandlerTest {

	private static final String CODE = "000.00.01.H26-260213-0001";

	private static final String DOSSIER_ID = "dossier-1";

	/** SHA-256 of {@code abc} (FIPS 180-2, appendix B.1). */
	private static final String STORED = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

	/** The same digest with its last bit flipped. */
	private static final String OTHER = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ac";

	private final DossierStatusRepository rows = mock();

	private final CitizenStepRepository steps = mock();

	private final DossierStatusQueryHandler handler = new DossierStatusQueryHandler(this.rows, this.steps,
			Clock.fixed(Instant.parse("2026-02-13T03:00:00Z"), ZoneOffset.UTC));

	@Test
	void answersTheLookupWhenTheSecretsDigestIsTheStoredOne() {
		DossierStatusRow row = row();
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));

		Optional<DossierStatusView> view = this.handler.handle(new FindDossierStatusQuery(CODE, STORED));

		assertThat(view).map(DossierStatusView::dossierCode).contains(CODE);
	}

	@Test
	void answersTheLookupWhenTheDigestIsWrittenInCapitals() {
		DossierStatusRow row = row();
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));

		assertThat(this.handler.handle(new FindDossierStatusQuery(CODE, STORED.toUpperCase(Locale.ROOT)))).isPresent();
	}

	@ParameterizedTest(name = "given {0}")
	@NullSource
	@ValueSource(strings = { "", "abc", OTHER, "zz16bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" })
	void answersNothingForAWrongMissingOrMalformedDigest(String given) {
		DossierStatusRow row = row();
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));

		assertThat(this.handler.handle(new FindDossierStatusQuery(CODE, given))).isEmpty();
	}

	@Test
	void answersNothingForAnUnknownCodeEvenWithTheDecoysDigest() {
		given(this.rows.findByDossierCode(anyString())).willReturn(Optional.empty());

		assertThat(this.handler.handle(new FindDossierStatusQuery("unknown", STORED))).isEmpty();
		assertThat(this.handler.handle(new FindDossierStatusQuery("unknown", LookupSecretDigest.DECOY))).isEmpty();
	}

	@Test
	void answersNothingForARowWithoutAStoredDigest() {
		DossierStatusRow row = row();
		given(row.lookupSecretSha256()).willReturn(null);
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));

		assertThat(this.handler.handle(new FindDossierStatusQuery(CODE, STORED))).isEmpty();
	}

	@Test
	void answersTheTimelineWhenTheSecretsDigestIsTheStoredOne() {
		DossierStatusRow row = row();
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));
		given(this.steps.findTimeline(DOSSIER_ID)).willReturn(List.of());

		Optional<DossierStepsView> view = this.handler.handle(new FindDossierStepsQuery(CODE, STORED));

		assertThat(view).map(DossierStepsView::dossierCode).contains(CODE);
		assertThat(view).map(DossierStepsView::expected).contains(ExpectedOfCitizen.NOTHING);
		then(this.steps).should().findTimeline(DOSSIER_ID);
	}

	@ParameterizedTest(name = "given {0}")
	@NullSource
	@ValueSource(strings = { "", "abc", OTHER })
	void answersNoTimelineForAWrongMissingOrMalformedDigestAndReadsNoStep(String given) {
		DossierStatusRow row = row();
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));

		assertThat(this.handler.handle(new FindDossierStepsQuery(CODE, given))).isEmpty();
		then(this.steps).shouldHaveNoInteractions();
	}

	@Test
	void answersNoTimelineForAnUnknownCodeEvenWithTheDecoysDigest() {
		given(this.rows.findByDossierCode(anyString())).willReturn(Optional.empty());

		assertThat(this.handler.handle(new FindDossierStepsQuery("unknown", STORED))).isEmpty();
		assertThat(this.handler.handle(new FindDossierStepsQuery("unknown", LookupSecretDigest.DECOY))).isEmpty();
		then(this.steps).shouldHaveNoInteractions();
	}

	@Test
	void listsACitizensDossiersNewestFirstOnThePageAsked() {
		given(this.rows.findFiledBy(any(), any())).willReturn(Page.empty());

		DossierSummaryPage page = this.handler.handle(new FindCitizenDossiersQuery("subj-001", 2, 50));

		then(this.rows).should()
			.findFiledBy("subj-001", PageRequest.of(2, 50, Sort.by(Sort.Order.desc("submittedAt"))));
		assertThat(page.items()).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void listsAUnitsDeskOnThePageAsked() {
		given(this.rows.findAll(any(Specification.class), any(Pageable.class))).willReturn(Page.empty());

		this.handler.handle(new FindUnitDossiersQuery("hn-phk-tn", 4, true, 48, 1, 30));

		ArgumentCaptor<Pageable> pageable = ArgumentCaptor.forClass(Pageable.class);
		then(this.rows).should().findAll(any(Specification.class), pageable.capture());
		assertThat(pageable.getValue()).isEqualTo(PageRequest.of(1, 30));
	}

	@Test
	void answersASignedInCitizenTheDossierTheyFiledAndNoOtherReadingNoStepOfAnother() {
		DossierStatusRow row = row();
		given(row.filedBy("cd-0123456789ab")).willReturn(true);
		given(this.rows.findByDossierCode(CODE)).willReturn(Optional.of(row));
		given(this.steps.findTimeline(DOSSIER_ID)).willReturn(List.of());

		assertThat(this.handler.handle(new FindFiledDossierStatusQuery(CODE, "cd-0123456789ab")))
			.map(DossierStatusView::dossierCode)
			.contains(CODE);
		assertThat(this.handler.handle(new FindFiledDossierStatusQuery(CODE, "cd-ba9876543210"))).isEmpty();
		assertThat(this.handler.handle(new FindFiledDossierStepsQuery(CODE, "cd-ba9876543210"))).isEmpty();
		then(this.steps).shouldHaveNoInteractions();
		assertThat(this.handler.handle(new FindFiledDossierStepsQuery(CODE, "cd-0123456789ab")))
			.map(DossierStepsView::dossierCode)
			.contains(CODE);
	}

	private static DossierStatusRow row() {
		DossierStatusRow row = mock();
		given(row.dossierId()).willReturn(DOSSIER_ID);
		given(row.dossierCode()).willReturn(CODE);
		given(row.lookupSecretSha256()).willReturn(STORED);
		given(row.status()).willReturn(DossierStatus.SUBMITTED);
		given(row.nextAction()).willReturn(CitizenNextAction.AWAITING_INTAKE);
		return row;
	}

}
