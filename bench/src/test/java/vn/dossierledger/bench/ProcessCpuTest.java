package vn.dossierledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

	@Test
	void addsUserAndSystemTicksAfterACommandNameWithSpacesAndParentheses() {
		String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 40 0 1000 0 0";
		assertThat(ProcessCpu.nanosFromStat(stat)).isEqualTo(325 * 10_000_000L);
	}

	@Test
	void knowsHotSpotsJitCompilerThreadsByTheirShortenedNames() {
		assertThat(ProcessCpu.isJitCompiler("77 (C2 CompilerThre) S 1 2 3")).isTrue();
		assertThat(ProcessCpu.isJitCompiler("78 (C1 CompilerThre) S 1 2 3")).isTrue();
		assertThat(ProcessCpu.isJitCompiler("79 (http-nio-8080-) S 1 2 3")).isFalse();
		assertThat(ProcessCpu.isJitCompiler("80 (GC Thread#0) S 1 2 3")).isFalse();
	}

	@Test
	void thisJvmsJitCompilersHaveWorkedAndAreAPartOfItsCpu() {
		ProcessCpu self = new ProcessCpu(ProcessHandle.current().pid());

		assertThat(self.jitNanos()).isPositive().isLessThan(self.nanos());
	}

	@Test
	void thisProcessHasUsedSomeCpu() {
		assertThat(new ProcessCpu(ProcessHandle.current().pid()).nanos()).isPositive();
	}

}
