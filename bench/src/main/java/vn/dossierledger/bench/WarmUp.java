package vn.dossierledger.bench;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * How long the app is loaded before a measured window: at least the minimum, then slice
 * by slice until its JIT compilers have settled (used less than {@code settledJitShare}
 * of one core over the last slice), at most the maximum. On two cores C2 keeps compiling
 * the framework's hot paths for minutes; measuring earlier counts the compiler's CPU and
 * half-compiled code into the app's figures (a run after one fixed minute: 1.31 ms of app
 * CPU per command, the JIT a quarter of it; after four minutes: 0.60 ms).
 *
 * @param minimum always this long
 * @param maximum never longer: the figures then say how busy the JIT still was
 * @param settledJitShare the JIT's CPU over a slice, as a share of one core, below which
 * the app counts as warm
 */
record WarmUp(Duration minimum, Duration maximum, double settledJitShare) {

	static final Duration SLICE = Duration.ofSeconds(20);

	/**
	 * @param app the process whose JIT is watched
	 * @param load keeps the load on for the given time (or just waits where clients
	 * already run)
	 */
	Taken run(ProcessCpu app, Consumer<Duration> load) {
		load.accept(this.minimum);
		Duration loaded = this.minimum;
		double jitShare = Double.NaN;
		while (loaded.plus(SLICE).compareTo(this.maximum) <= 0) {
			long jitBefore = app.jitNanos();
			load.accept(SLICE);
			loaded = loaded.plus(SLICE);
			jitShare = (double) (app.jitNanos() - jitBefore) / SLICE.toNanos();
			if (jitShare < this.settledJitShare) {
				break;
			}
		}
		return new Taken(loaded, jitShare);
	}

	/**
	 * @param jitShareOfLastSlice NaN where no slice was watched (the minimum reached the
	 * maximum)
	 */
	record Taken(Duration time, double jitShareOfLastSlice) {

		static final Taken NONE = new Taken(Duration.ZERO, Double.NaN);

		String describe() {
			String jit = Double.isNaN(this.jitShareOfLastSlice) ? "" : String.format(
					", JIT at %.0f %% of one core in its last %d s", 100 * this.jitShareOfLastSlice, SLICE.toSeconds());
			return String.format("warm-up %.1f min%s", this.time.toNanos() / 60e9, jit);
		}

	}

}
