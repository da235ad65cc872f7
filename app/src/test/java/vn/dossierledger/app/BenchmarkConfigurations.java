package vn.dossierledger.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application configurations a benchmark harness measures one after the other, each
 * in an application of its own: property sets separated by {@code ;}, each
 * {@code name=value} pairs separated by {@code ,}. Empty: the application's defaults.
 */
final class BenchmarkConfigurations {

	private BenchmarkConfigurations() {
	}

	static List<Map<String, Object>> fromSystemProperty(String name) {
		List<Map<String, Object>> configurations = new ArrayList<>();
		for (String set : System.getProperty(name, "").split(";", -1)) {
			Map<String, Object> properties = new LinkedHashMap<>();
			for (String pair : set.split(",")) {
				if (!pair.isBlank()) {
					String[] nameAndValue = pair.split("=", 2);
					properties.put(nameAndValue[0].trim(), nameAndValue[1].trim());
				}
			}
			configurations.add(properties);
		}
		return configurations;
	}

}
