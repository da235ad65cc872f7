package vn.dossierledger.command.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The day's counter on a real database (H2; {@code CommandPathPostgresIT} races through
 * the API on PostgreSQL too): the first takers of a fresh day race to create its row, and
 * every one gets its own number, consecutive from 1, with nothing logged as an error.
 */
class DossierCodeGeneratorTest {

	private static final int THREADS = 16;

	private static final int CODES_PER_THREAD = 10;

	/** 02:00 in Hà Nội on 2 March 2026. */
	private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T19:00:00Z"), ZoneOffset.UTC);

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

	@AfterEach
	void stop() {
		this.root.detachAppender(this.logged);
		this.threads.shutdownNow();
	}

	@Test
	void manyTakersOfAFreshDayGetDistinctConsecutiveCodesAndNothingIsLoggedAsAnError() throws Exception {
		DossierCodeGenerator codes = generatorOnAFreshDatabase();
		this.logged.start();
		this.root.addAppender(this.logged);
		CyclicBarrier start = new CyclicBarrier(THREADS);
		List<Callable<List<String>>> takers = new ArrayList<>();
		for (int thread = 0; thread < THREADS; thread++) {
			takers.add(() -> {
				start.await();
				List<String> taken = new ArrayList<>();
				for (int i = 0; i < CODES_PER_THREAD; i++) {
					taken.add(codes.nextCode("H26.99"));
				}
				return taken;
			});
		}

		List<String> all = new ArrayList<>();
		for (Future<List<String>> taken : this.threads.invokeAll(takers)) {
			all.addAll(taken.get());
		}

		assertThat(all).allMatch((code) -> code.matches("H26\\.99-260302-\\d{5}"));
		assertThat(all.stream().map((code) -> Long.parseLong(code.substring(code.lastIndexOf('-') + 1))))
			.containsExactlyInAnyOrderElementsOf(
					LongStream.rangeClosed(1, (long) THREADS * CODES_PER_THREAD).boxed().toList());
		assertThat(this.logged.list).filteredOn((event) -> event.getLevel().isGreaterOrEqual(Level.WARN))
			.extracting(ILoggingEvent::getFormattedMessage)
			.isEmpty();
	}

	@Test
	void eachAgencyAndDayHasItsOwnCounter() {
		DossierCodeGenerator codes = generatorOnAFreshDatabase();

		assertThat(codes.nextCode("H26.99")).isEqualTo("H26.99-260302-00001");
		assertThat(codes.nextCode("H26.99")).isEqualTo("H26.99-260302-00002");
		assertThat(codes.nextCode("H26.01")).isEqualTo("H26.01-260302-00001");
	}

	/** The counter's table as migration V1 creates it. */
	private DossierCodeGenerator generatorOnAFreshDatabase() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:codes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.execute("create table dossier_code_counter (next_value bigint not null, prefix varchar(64) not null,"
				+ " primary key (prefix))");
		return new DossierCodeGenerator(jdbc, this.clock, new DataSourceTransactionManager(dataSource));
	}

}
