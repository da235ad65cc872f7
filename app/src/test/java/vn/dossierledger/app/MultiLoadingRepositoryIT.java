package vn.dossierledger.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dossierledger.app.persistence.MultiLoadingJpaRepository;
import vn.dossierledger.projection.status.DossierStatusRepository;
import vn.dossierledger.projection.status.DossierStatusRow;

/**
 * Repositories load many rows by id through Hibernate's multi-load (a read model's batch
 * does, once per batch) and answer as Spring Data's own {@code findAllById}: the rows of
 * the ids that exist, each once.
 */
class MultiLoadingRepositoryIT extends SharedLedgerTest {

	@Autowired
	private DossierStatusRepository statusRows;

	@Test
	void answersWithTheRowsOfTheIdsThatExistEachOnce() {
		String first = DossierWalk.submit(api()).dossierId();
		String second = DossierWalk.submit(api()).dossierId();
		awaitRows(first, second);

		assertThat(this.statusRows.findAllById(List.of(first, "no-such-dossier", second, first)))
			.extracting(DossierStatusRow::dossierId)
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.statusRows.findAllById(List.of("no-such-dossier"))).isEmpty();
		assertThat(this.statusRows.findAllById(List.of())).isEmpty();
		assertThatNullPointerException().isThrownBy(() -> this.statusRows.findAllById(Arrays.asList(first, null)));
	}

	@Test
	void everyRepositoryRunsOnTheMultiLoadingBase() throws Exception {
		assertThat(((Advised) this.statusRows).getTargetSource().getTarget())
			.isInstanceOf(MultiLoadingJpaRepository.class);
	}

	private void awaitRows(String... dossierIds) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Arrays.stream(dossierIds).allMatch((id) -> this.statusRows.findById(id).isPresent()));
	}

}
