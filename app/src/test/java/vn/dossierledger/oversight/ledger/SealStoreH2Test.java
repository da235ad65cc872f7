package vn.dossierledger.oversight.ledger;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seal store on the embedded default's database, migrated as the application migrates
 * it: what one sealing transaction writes twice is stored once.
 */
class SealStoreH2Test {

	@Test
	void aKeyRegisteredTwiceInOneTransactionIsStoredOnce() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:seal-store;DB_CLOSE_DELAY=-1");
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/common", "classpath:db/migration/h2")
			.load()
			.migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		SealStore store = new SealStore(jdbc);
		LedgerPublicKey key = new LedgerPublicKey(LedgerPublicKey.ALGORITHM, "a".repeat(64), "MCowBQYDK2VwAyEA");

		// Two blocks sealed by one batch of the sealing processor register the key twice.
		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult((status) -> {
			store.registerKey(key, "2026-12-07T01:00:00Z");
			store.registerKey(key, "2026-12-07T01:00:05Z");
		});

		assertThat(jdbc.queryForList("select first_used from ledger_public_key", String.class))
			.containsExactly("2026-12-07T01:00:00Z");
	}

}
