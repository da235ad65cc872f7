package vn.dossierledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time (user + system) a process has used so far, from {@code /proc/<pid>/stat}: on a
 * machine the app shares with the load generator and PostgreSQL, CPU per operation says
 * more about the app than a rate does.
 */
final class ProcessCpu {

	/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
	private static final long NANOS_PER_TICK = 10_000_000L;

	private final long pid;

	ProcessCpu(long pid) {
		this.pid = pid;
	}

	/** Nanoseconds of CPU so far; 0 where there is no procfs. */
	long nanos() {
		try {
			return nanosFromStat(Files.readString(Path.of("/proc", Long.toString(this.pid), "stat")));
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	/**
	 * Nanoseconds of CPU so far of the process's JIT compiler threads (HotSpot's
	 * {@code C1 CompilerThread}s and {@code C2 CompilerThread}s); 0 where there is no
	 * procfs.
	 */
	long jitNanos() {
		try (Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(this.pid), "task"))) {
			return threads.mapToLong(ProcessCpu::jitNanosOfThread).sum();
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static long jitNanosOfThread(Path thread) {
		try {
			String stat = Files.readString(thread.resolve("stat"));
			return isJitCompiler(stat) ? nanosFromStat(stat) : 0;
		}
		catch (IOException | RuntimeException ex) {
			// the thread ended meanwhile
			return 0;
		}
	}

	/** A thread's name is kept to 15 characters in procfs: "C2 CompilerThre". */
	static boolean isJitCompiler(String threadStat) {
		String name = threadStat.substring(threadStat.indexOf('(') + 1, threadStat.lastIndexOf(')'));
		return name.matches("C[12] CompilerThre.*");
	}

	/**
	 * The command name (field 2) may hold spaces and parentheses, so fields are counted
	 * from the last ')': utime and stime are fields 14 and 15.
	 */
	static long nanosFromStat(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
		long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		return ticks * NANOS_PER_TICK;
	}

}
