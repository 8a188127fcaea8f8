// Everything a plain page needs: the package's entry registers every widget.
import '@atelier/widgets';
