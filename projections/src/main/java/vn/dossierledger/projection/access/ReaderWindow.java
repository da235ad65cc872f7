package vn.dossierledger.projection.access;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.dossierledger.projection.ReadModelRow;

/**
 * One reader's recent reads outside their unit, oldest first, within the rule's window;
 * emptied when they raise a flag, so the same reads never count towards two flags.
 */
@Entity
@Table(name = "access_reader_window")
public class ReaderWindow extends ReadModelRow {

	/** The longest list the column holds: older reads fall out first. */
	private static final int MAX_LENGTH = 4000;

	@Id
	@Column(name = "reader_id", length = 128)
	private String readerId;

	/** {@code eventId|dossierId|epochMillis} entries separated by {@code ;}. */
	@Column(name = "reads", length = MAX_LENGTH, nullable = false)
	private String reads;

	protected ReaderWindow() {
		// for JPA
	}

	ReaderWindow(String readerId) {
		this.readerId = readerId;
		this.reads = "";
	}

	@Override
	public String getId() {
		return this.readerId;
	}

	/** Adds the read and forgets those older than the window before it. */
	void add(OutsideRead read, Duration window) {
		List<OutsideRead> kept = new ArrayList<>(
				reads().stream().filter((earlier) -> !earlier.at().isBefore(read.at().minus(window))).toList());
		kept.add(read);
		String joined = join(kept);
		while (joined.length() > MAX_LENGTH) {
			kept.remove(0);
			joined = join(kept);
		}
		this.reads = joined;
	}

	List<OutsideRead> reads() {
		if (this.reads.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(this.reads.split(";")).map(OutsideRead::parse).toList();
	}

	long distinctDossiers() {
		return reads().stream().map(OutsideRead::dossierId).distinct().count();
	}

	void clear() {
		this.reads = "";
	}

	private static String join(List<OutsideRead> reads) {
		return reads.stream().map(OutsideRead::format).collect(Collectors.joining(";"));
	}

	/** A read outside the reader's unit: its event, the dossier and when. */
	record OutsideRead(String eventId, String dossierId, Instant at) {

		static OutsideRead parse(String entry) {
			String[] parts = entry.split("\\|");
			return new OutsideRead(parts[0], parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])));
		}

		String format() {
			return this.eventId + "|" + this.dossierId + "|" + this.at.toEpochMilli();
		}

	}

}
