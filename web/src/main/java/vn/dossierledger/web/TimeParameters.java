package vn.dossierledger.web;

import java.time.Instant;

/**
 * The instants a query parameter may name: years 1 to 9999, which every store the
 * application reads compares (PostgreSQL and the search index refuse the whole query
 * beyond them, H2 does not).
 */
public final class TimeParameters {

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

	private TimeParameters() {
	}

	/**
	 * @throws InvalidParameterException naming the parameter when the time lies beyond
	 */
	public static void requireComparable(String parameter, Instant time) {
		if (time != null && (time.isBefore(EARLIEST) || !time.isBefore(LATEST))) {
			throw new InvalidParameterException(parameter,
					parameter + " must lie between the years 1 and 9999, e.g. 2026-01-01T00:00:00Z");
		}
	}

}
