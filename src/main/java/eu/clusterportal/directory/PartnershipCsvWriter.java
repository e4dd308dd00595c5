package eu.clusterportal.directory;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.clusterportal.partnership.Partnership;
import eu.clusterportal.taxonomy.TaxonomyTerm;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the partnership table as CSV ({@link CsvWriter}). A cell with several terms or
 * countries lists them one per line; an unknown figure is an empty cell, never 0.
 */
@Component
class PartnershipCsvWriter {

	private static final List<String> HEADER_KEYS = List.of("partnerships.column.acronym", "partnerships.column.name",
			"partnerships.column.technology-fields", "partnerships.column.sectors", "partnerships.column.targets",
			"partnerships.csv.smes", "partnerships.csv.partners");

	private final MessageSource messages;

	PartnershipCsvWriter(MessageSource messages) {
		this.messages = messages;
	}

	String write(List<Partnership> partnerships, Locale locale) {
		List<String> header = HEADER_KEYS.stream().map((key) -> messages.getMessage(key, null, locale)).toList();
		return CsvWriter.write(header,
				partnerships.stream()
					.map((p) -> Arrays.asList(p.getAcronym(), p.getName(),
							lines(p.getTechnologyFields(), PartnershipCsvWriter::term),
							lines(p.getSectors(), PartnershipCsvWriter::term),
							lines(p.getTargetCountries(), (c) -> c.getName()), p.getSmesInvolved(), p.getPartners()))
					.toList());
	}

	private static String term(TaxonomyTerm term) {
		return term.getCode() + " " + term.getName();
	}

	private static <T> String lines(Collection<T> values, Function<T, String> text) {
		return values.stream().map(text).collect(Collectors.joining("\n"));
	}

}
