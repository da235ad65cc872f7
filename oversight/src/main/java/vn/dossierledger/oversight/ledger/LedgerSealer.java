package vn.dossierledger.oversight.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.transaction.support.TransactionOperations;

import vn.dossierledger.oversight.ledger.SealStore.Leaf;
import vn.dossierledger.oversight.ledger.SealStore.SealHead;

/**
 * Folds the global event stream into blocks and signs a seal per block: a block closes
 * when it holds {@code blockSize} events, or when its first event has waited
 * {@code blockInterval} (checked as events arrive and by a scheduled call when none do).
 * Every change first locks the head row, so the sealing processor and the idle check
 * never seal the same block twice.
 */
class LedgerSealer {

	private static final HexFormat HEX = HexFormat.of();

	private final SealStore store;

	private final LedgerKey key;

	private final Clock clock;

	private final TransactionOperations transactions;

	private final int blockSize;

	private final Duration blockInterval;

	LedgerSealer(SealStore store, LedgerKey key, Clock clock, TransactionOperations transactions, int blockSize,
			Duration blockInterval) {
		this.store = store;
		this.key = key;
		this.clock = clock;
		this.transactions = transactions;
		this.blockSize = blockSize;
		this.blockInterval = blockInterval;
	}

	/**
	 * Appends the leaves in order and seals what is due, in the caller's transaction.
	 */
	void append(List<Leaf> leaves) {
		if (leaves.isEmpty()) {
			return;
		}
		SealHead head = this.store.lockHead();
		this.store.insertLeaves(head.nextLeaf(), leaves);
		String openSince = (head.openLeaves() == 0) ? now() : head.openSince();
		this.store
			.updateHead(sealDueBlocks(new SealHead(head.nextLeaf() + leaves.size(), head.sealedLeaves(), openSince)));
	}

	/**
	 * Seals the open block if it has waited long enough; called on a schedule so that a
	 * quiet ledger is sealed too.
	 */
	void sealIdleBlock() {
		this.transactions.executeWithoutResult((status) -> {
			SealHead head = this.store.lockHead();
			SealHead sealed = sealDueBlocks(head);
			if (!sealed.equals(head)) {
				this.store.updateHead(sealed);
			}
		});
	}

	private SealHead sealDueBlocks(SealHead head) {
		SealHead current = head;
		while (current.openLeaves() >= this.blockSize) {
			current = sealBlock(current, this.blockSize);
		}
		if (current.openLeaves() > 0 && hasWaitedLongEnough(current.openSince())) {
			current = sealBlock(current, (int) current.openLeaves());
		}
		return current;
	}

	private boolean hasWaitedLongEnough(String openSince) {
		return openSince == null || !Instant.parse(openSince).plus(this.blockInterval).isAfter(this.clock.instant());
	}

	private SealHead sealBlock(SealHead head, int leafCount) {
		List<byte[]> leafHashes = this.store.chainValues(head.sealedLeaves(), leafCount)
			.stream()
			.map((chainValue) -> MerkleTree.leafHash(HEX.parseHex(chainValue)))
			.toList();
		byte[] blockRoot = MerkleTree.root(leafHashes);
		Optional<Seal> previous = this.store.latestSeal();
		MerkleFrontier blockTree = previous
			.map((seal) -> MerkleFrontier.decode(seal.treeSize(), this.store.frontier(seal.treeSize())))
			.orElseGet(MerkleFrontier::empty);
		blockTree.append(MerkleTree.leafHash(blockRoot));
		String sealedAt = now();
		Seal seal = new Seal(blockTree.size(), head.sealedLeaves(), leafCount, HEX.formatHex(blockRoot),
				HEX.formatHex(blockTree.root()), sealedAt,
				previous.map(Seal::digest).orElse(CanonicalEventEncoding.GENESIS), null, null)
			.signedWith(this.key);
		this.store.registerKey(this.key.publicKey(), sealedAt);
		this.store.insertSeal(seal, blockTree.encode());
		long sealedLeaves = head.sealedLeaves() + leafCount;
		return new SealHead(head.nextLeaf(), sealedLeaves, (sealedLeaves < head.nextLeaf()) ? sealedAt : null);
	}

	private String now() {
		return this.clock.instant().toString();
	}

}
