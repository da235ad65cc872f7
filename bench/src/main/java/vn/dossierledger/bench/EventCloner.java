package vn.dossierledger.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Scales the event store up to the replay's input: the dossiers the walks stored are
 * cloned with SQL under fresh aggregate ids (derived from the original id and the clone
 * number) and fresh dossier codes, rewritten in every payload too, so each clone is a
 * distinct dossier to the read models. Global indexes come from the store's own sequence,
 * in order, without gaps.
 */
final class EventCloner {

	private static final int CLONES_PER_STATEMENT = 5;

	private final BenchPostgres postgres;

	EventCloner(BenchPostgres postgres) {
		this.postgres = postgres;
	}

	/** Clones until the store holds at least {@code target} events; returns the count. */
	long cloneUpTo(long target) {
		long original = this.postgres.queryLong("select count(*) from domain_event_entry");
		if (original == 0 || original >= target) {
			return original;
		}
		long lastOriginalIndex = this.postgres.queryLong("select max(global_index) from domain_event_entry");
		this.postgres.execute("drop table if exists bench_clone_source");
		this.postgres.execute("create table bench_clone_source as select aggregate_identifier as old_id,"
				+ " convert_from(payload, 'UTF8')::jsonb ->> 'dossierCode' as old_code from domain_event_entry"
				+ " where sequence_number = 0 and payload_type like '%DossierSubmittedEvent'");
		this.postgres.execute("delete from bench_clone_source where old_code is null");
		long perClone = this.postgres.queryLong("select count(*) from domain_event_entry e"
				+ " join bench_clone_source s on e.aggregate_identifier = s.old_id");
		long clones = (target - original + perClone - 1) / perClone;
		System.out.printf("  cloning %,d stored events (%,d dossiers) %,d times%n", perClone,
				this.postgres.queryLong("select count(*) from bench_clone_source"), clones);
		// nextval in the outer query, over rows already sorted: each clone's events keep
		// their original order in the global index.
		String insert = """
				insert into domain_event_entry (global_index, sequence_number, meta_data, payload, aggregate_identifier,
				    event_identifier, payload_revision, payload_type, time_stamp, type)
				select nextval('domain_event_entry_seq'), c.* from (
				    select e.sequence_number, e.meta_data,
				        convert_to(replace(replace(convert_from(e.payload, 'UTF8'), s.old_id, n.new_id),
				            '"' || s.old_code || '"', '"' || n.new_code || '"'), 'UTF8'),
				        n.new_id, gen_random_uuid()::text, e.payload_revision, e.payload_type, e.time_stamp, e.type
				    from generate_series(?, ?) as k
				    cross join bench_clone_source s
				    cross join lateral (select md5(s.old_id || ':' || k)::uuid::text as new_id,
				        s.old_code || '-' || k as new_code) n
				    join domain_event_entry e on e.aggregate_identifier = s.old_id and e.global_index <= ?
				    order by k, e.global_index) c
				""";
		long started = System.nanoTime();
		try (Connection connection = this.postgres.connect();
				PreparedStatement statement = connection.prepareStatement(insert)) {
			for (long from = 1; from <= clones; from += CLONES_PER_STATEMENT) {
				long to = Math.min(clones, from + CLONES_PER_STATEMENT - 1);
				statement.setLong(1, from);
				statement.setLong(2, to);
				statement.setLong(3, lastOriginalIndex);
				statement.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot clone events", ex);
		}
		this.postgres.execute("analyze domain_event_entry");
		long total = this.postgres.queryLong("select count(*) from domain_event_entry");
		System.out.printf("  event store now holds %,d events (cloned in %.0f s)%n", total,
				(System.nanoTime() - started) / 1e9);
		return total;
	}

}
