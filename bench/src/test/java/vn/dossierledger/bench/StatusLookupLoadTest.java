package vn.dossierledger.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The lookups' clients: distinct addresses of the benchmarking range 198.18.0.0/15. */
class StatusLookupLoadTest {

	@Test
	void namesEachClientByAnAddressOfTheBenchmarkingRange() {
		String[] addresses = StatusLookupLoad.clientAddresses(70_000);

		assertThat(addresses[0]).isEqualTo("198.18.0.0");
		assertThat(addresses[256]).isEqualTo("198.18.1.0");
		assertThat(addresses[65_535]).isEqualTo("198.18.255.255");
		assertThat(addresses[65_536]).isEqualTo("198.19.0.0");
		assertThat(addresses).doesNotHaveDuplicates();
	}

	@Test
	void refusesMoreClientsThanTheRangeHolds() {
		assertThatIllegalArgumentException().isThrownBy(() -> StatusLookupLoad.clientAddresses(0));
		assertThatIllegalArgumentException().isThrownBy(() -> StatusLookupLoad.clientAddresses((1 << 17) + 1));
	}

}
