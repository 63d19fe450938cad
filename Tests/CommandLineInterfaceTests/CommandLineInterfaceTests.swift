// Tests for CommandLineInterface land with its implementation.
