package org.w3id.kzlabour.cli;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean --port?" for a mistyped option or command. picocli suggests options only by their
 * first two letters, so {@code --prot} would get no suggestion; here a name within two typing slips
 * (a letter missing, added, changed, or two neighbours swapped) is suggested first.
 */
final class OptionSuggestions {

    private static final int MOST = 3;
    private static final int SLIPS = 2;

    private OptionSuggestions() {}

    /**
     * For an unknown option: the options within two slips of it or starting with it, or else picocli's
     * (options that share its first two letters). For an unknown command: the commands within two
     * slips of it or starting with it (picocli's similarity of letter pairs offers "validate" for
     * "frobnicate", which helps no one). At most three.
     */
    static List<String> of(UnmatchedArgumentException ex) {
        if (ex.getUnmatched().isEmpty())
            return List.of();
        String typed = ex.getUnmatched().get(0).replaceFirst("=.*", "");
        var spec = ex.getCommandLine().getCommandSpec();
        List<String> names = ex.isUnknownOption()
                ? spec.options().stream().filter(option -> !option.hidden()).map(OptionSpec::longestName).toList()
                : List.copyOf(spec.subcommands().keySet());
        Set<String> suggestions = new LinkedHashSet<>();
        names.stream()
             .filter(name -> name.startsWith(typed) || slips(typed, name) <= SLIPS)
             .sorted(Comparator.comparingInt(name -> slips(typed, name)))
             .forEach(suggestions::add);
        if (suggestions.isEmpty() && ex.isUnknownOption())
            suggestions.addAll(ex.getSuggestions());
        return suggestions.stream().limit(MOST).toList();
    }

    /** How many slips (Lucene's Levenshtein automata, swaps counted as one) turn one name into the other; above {@link #SLIPS}, more. */
    static int slips(String typed, String name) {
        LevenshteinAutomata automata = new LevenshteinAutomata(typed, true);
        for (int n = 0; n <= SLIPS; n++) {
            if (Operations.run(automata.toAutomaton(n), name))
                return n;
        }
        return SLIPS + 1;
    }
}
