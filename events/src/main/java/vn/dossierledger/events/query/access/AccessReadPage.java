package vn.dossierledger.events.query.access;

import java.util.List;

/** A page of recorded reads and how many match in all. */
public record AccessReadPage(List<AccessReadView> reads, long total, int page, int size) {
}
