package vn.dossierledger.projection;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the read models' pooled streaming processors run: {@code defaults} for every read
 * model, {@code groups.<processing-group>} overriding any of them for one. A setting left
 * out inherits the default.
 * <p>
 * Segments only shape a processor whose tokens do not exist yet (a new database or a new
 * processing group); an existing processor keeps its segments until they are split or
 * merged.
 *
 * @param defaults what every read model gets
 * @param groups per processing group, only what differs
 */
@ConfigurationProperties("dossier-ledger.processing")
public record ReadModelProcessingProperties(@DefaultValue Settings defaults, Map<String, Settings> groups) {

	public ReadModelProcessingProperties {
		groups = (groups != null) ? Map.copyOf(groups) : Map.of();
	}

	/**
	 * The settings of one processing group: its own where given, the defaults elsewhere.
	 */
	public ProcessorSettings of(String processingGroup) {
		Settings own = this.groups.getOrDefault(processingGroup, Settings.NONE);
		return new ProcessorSettings(
				first(own.segments(), this.defaults.segments(), ProcessorSettings.FALLBACK.segments()),
				first(own.threads(), this.defaults.threads(), ProcessorSettings.FALLBACK.threads()),
				first(own.batchSize(), this.defaults.batchSize(), ProcessorSettings.FALLBACK.batchSize()),
				first(own.tokenClaimInterval(), this.defaults.tokenClaimInterval(),
						ProcessorSettings.FALLBACK.tokenClaimInterval()),
				first(own.fullBufferBackOff(), this.defaults.fullBufferBackOff(),
						ProcessorSettings.FALLBACK.fullBufferBackOff()));
	}

	private static <T> T first(T own, T defaults, T fallback) {
		return (own != null) ? own : ((defaults != null) ? defaults : fallback);
	}

	/**
	 * Any of them may be left out.
	 *
	 * @param segments segments a new processor's token is split into: the most worker
	 * threads that can process the group in parallel
	 * @param threads worker threads of the processor
	 * @param batchSize events per unit of work and transaction: during a replay, rows are
	 * read and written once per batch instead of once per event
	 * @param tokenClaimInterval how often the coordinator tries to claim unclaimed
	 * segments
	 * @param fullBufferBackOff how long the coordinator waits when a work package has a
	 * full buffer of events (Axon's 100 ms capped replays, see
	 * {@link CoordinatorExecutor})
	 */
	public record Settings(Integer segments, Integer threads, Integer batchSize, Duration tokenClaimInterval,
			Duration fullBufferBackOff) {

		static final Settings NONE = new Settings(null, null, null, null, null);

	}

}
