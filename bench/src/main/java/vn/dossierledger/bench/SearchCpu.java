package vn.dossierledger.bench;

/**
 * CPU used by the app and by the Elasticsearch it started, from a starting point: the raw
 * {@code _bulk} limit has both cores for Elasticsearch alone, while a rebuild shares them
 * with the app reading and deriving the documents, so the two costs per document say how
 * far a rebuild can get towards the raw rate on this machine.
 */
final class SearchCpu {

	private final ProcessCpu app;

	private final ProcessCpu search;

	private final ProcessCpu loadGenerator = new ProcessCpu(ProcessHandle.current().pid());

	private final long appStart;

	private final long searchStart;

	private final long loadGeneratorStart;

	private SearchCpu(AppProcess app) {
		this.app = new ProcessCpu(app.pid());
		this.search = new ProcessCpu(app.elasticsearchPid());
		this.appStart = this.app.nanos();
		this.searchStart = this.search.nanos();
		this.loadGeneratorStart = this.loadGenerator.nanos();
	}

	static SearchCpu from(AppProcess app) {
		return new SearchCpu(app);
	}

	/** Microseconds of CPU per document since the start, per process. */
	String perDocument(double documents) {
		return String.format("app %.0f µs, Elasticsearch %.0f µs, bench %.0f µs of CPU per document",
				microsEach(this.app.nanos() - this.appStart, documents),
				microsEach(this.search.nanos() - this.searchStart, documents),
				microsEach(this.loadGenerator.nanos() - this.loadGeneratorStart, documents));
	}

	private static double microsEach(long nanos, double documents) {
		return (documents <= 0) ? 0 : nanos / 1000.0 / documents;
	}

}
