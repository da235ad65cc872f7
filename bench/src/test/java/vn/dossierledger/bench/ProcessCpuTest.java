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
	void thisProcessHasUsedSomeCpu() {
		assertThat(new ProcessCpu(ProcessHandle.current().pid()).nanos()).isPositive();
	}

}
