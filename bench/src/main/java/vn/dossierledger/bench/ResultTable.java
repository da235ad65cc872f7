package vn.dossierledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run as a Markdown table: app, raw limit, ratio and goal per row. */
final class ResultTable {

	private final List<String[]> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * A measurement against its raw limit (both as rates), with the ratio between them.
	 */
	void compare(String measurement, double app, String unit, double raw, String rawUnit, String goal) {
		this.rows.add(new String[] { measurement, rate(app, unit), rate(raw, rawUnit), percent(app / raw), goal });
	}

	/**
	 * Whole percent, or one decimal below 10 % (so that a small ratio does not read as
	 * 0).
	 */
	static String percent(double ratio) {
		double percent = 100 * ratio;
		String format = (percent >= 10) ? "%.0f %%" : (percent >= 1) ? "%.1f %%" : "%.2f %%";
		return String.format(format, percent);
	}

	/** A measurement with no raw counterpart. */
	void figure(String measurement, String app, String goal) {
		this.rows.add(new String[] { measurement, app, "", "", goal });
	}

	void note(String note) {
		this.notes.add(note);
	}

	static String rate(double value, String unit) {
		return String.format("%,.0f %s", value, unit);
	}

	String render() {
		StringBuilder table = new StringBuilder();
		table.append("| Measurement | App | Raw limit | App / raw | Goal |\n");
		table.append("|---|---:|---:|---:|---|\n");
		for (String[] row : this.rows) {
			table.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		if (!this.notes.isEmpty()) {
			table.append('\n');
			this.notes.forEach((note) -> table.append("- ").append(note).append('\n'));
		}
		return table.toString();
	}

	void writeTo(Path file) {
		try {
			Files.writeString(file, render());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
